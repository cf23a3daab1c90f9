package org.referout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Usage errors are caught before Spring starts, so these run in milliseconds. */
class DirectoryCommandTests {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final DirectoryCommand command = new DirectoryCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    int run(String... args) {
        return command.run(args);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badInputExitsWithStatus2AndAMessage() {
        assertThat(run("directory")).isEqualTo(2);
        assertThat(run("directory", "frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown verb: frobnicate").contains("usage:");
        assertThat(run("directory", "search", "--type", "chiropractor", "--near", "10001")).isEqualTo(2);
        assertThat(run("directory", "search", "--type", "chiropractor", "--near", "10001", "--radius-km", "ten")).isEqualTo(2);
        assertThat(err()).contains("--radius-km must be a number");
        assertThat(run("directory", "search", "--type", "chiropractor", "--near", "10001", "--radius-km", "5", "--sort", "fun"))
            .isEqualTo(2);
        assertThat(run("directory", "import-nppes", "/no/such/file.csv")).isEqualTo(2);
        assertThat(err()).contains("no such file");
        assertThat(run("directory", "generate-nppes", "out.csv")).isEqualTo(2);
        assertThat(run("directory", "rebuild-index", "extra")).isEqualTo(2);
        assertThat(run("directory", "search", "--bogus")).isEqualTo(2);
        assertThat(err()).contains("unknown option: --bogus");
    }
}
