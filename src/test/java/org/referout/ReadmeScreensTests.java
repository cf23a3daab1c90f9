package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Issue 16 item 7: the README shows the screens in docs/screens, and each one it shows is there. */
class ReadmeScreensTests {

    @Test
    void everyScreenTheReadmeShowsExists() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        var screens = Pattern.compile("src=\"(docs/screens/[a-z-]+\\.png)\"").matcher(readme).results()
            .map(match -> match.group(1)).toList();
        assertThat(screens).hasSizeGreaterThanOrEqualTo(8);
        assertThat(screens).allMatch(screen -> Files.isRegularFile(Path.of(screen)), "exists");
    }
}
