package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 16: five inputs (add a recipient by hand, "Given by", "Why cancel", "Reason for declining", "Closing note")
 * were drawn as 175×20 px browser defaults because their markup had no {@code type}, which the stylesheet's input
 * rules select on. Every input of every template names its type; the stylesheet styles a type-less one anyway.
 */
class TemplateInputsHaveATypeTests {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPE = Pattern.compile("\\s(th:)?type\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void everyInputOfEveryTemplateNamesItsType() throws IOException {
        List<String> untyped;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            untyped = files.filter(path -> path.toString().endsWith(".html"))
                .flatMap(TemplateInputsHaveATypeTests::untypedInputs)
                .toList();
        }
        assertThat(untyped).isEmpty();
    }

    @Test
    void theStylesheetStylesAnInputWithoutAType() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/static/css/app.css"))).contains("input:not([type])");
    }

    private static Stream<String> untypedInputs(Path template) {
        try {
            Matcher input = INPUT.matcher(Files.readString(template));
            return input.results()
                .map(match -> match.group())
                .filter(tag -> !TYPE.matcher(tag).find())
                .map(tag -> template + ": " + tag);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
