package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The CSP forbids inline scripts; this keeps templates from growing any (script bodies, on* handlers). */
class TemplatesHaveNoInlineScriptTests {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateCarriesInlineScript() throws Exception {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            offenders = files.filter(path -> path.toString().endsWith(".html")).filter(path -> {
                try {
                    String html = Files.readString(path);
                    return INLINE_SCRIPT.matcher(html).find() || HANDLER.matcher(html).find()
                            || html.contains("javascript:");
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
