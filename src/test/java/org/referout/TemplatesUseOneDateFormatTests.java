package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 1: every date a person reads is in one format ("2 Dec 2026"), so templates format dates only through
 * {@code #when} (web.HumanDates), never with a pattern of their own. The page crawler checks the rendered text too.
 */
class TemplatesUseOneDateFormatTests {

    @Test
    void noTemplateFormatsADateItself() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            offenders = files.filter(path -> path.toString().endsWith(".html")).filter(path -> {
                try {
                    String text = Files.readString(path);
                    return text.contains("#temporals.") || text.contains("#dates.") || text.contains("#calendars.");
                }
                catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).as("templates that format a date with their own pattern; use #when.day or #when.time")
            .isEmpty();
    }
}
