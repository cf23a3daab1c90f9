package org.referout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * R7.2 byte for byte: the output of a fixture of varied episodes (acute and chronic, every status and
 * recommendation, red flags, PSFS and PEG, odd ids, blank lines, malformed lines and every R7.4 cause) is
 * committed as it was before the streaming parser (issue 19), so a change to any byte of any line fails.
 */
class EvaluateGoldenTests {

    private record Run(int exit, String out, String err) {
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EvaluateGoldenTests.class.getResource("/evaluate/" + name).toURI());
    }

    private static String text(String name) throws IOException {
        try (InputStream in = EvaluateGoldenTests.class.getResourceAsStream("/evaluate/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EvaluateCommand.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fileInputGivesTheCommittedOutput() throws Exception {
        Run run = run(new byte[0], resource("golden-input.jsonl").toString());
        assertThat(run.out()).isEqualTo(text("golden-output.jsonl"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void standardInputGivesTheSameBytes() throws Exception {
        Run run = run(text("golden-input.jsonl").getBytes(StandardCharsets.UTF_8), "-");
        assertThat(run.out()).isEqualTo(text("golden-output.jsonl"));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void withReferenceEpisodesGivesTheCommittedOutput() throws Exception {
        Run run = run(new byte[0], resource("golden-input.jsonl").toString(), "--reference",
                resource("golden-reference.jsonl").toString());
        assertThat(run.out()).isEqualTo(text("golden-output-with-reference.jsonl"));
        assertThat(run.err()).isEqualTo(text("golden-reference.err"));
        assertThat(run.exit()).isEqualTo(1);
    }

    // a byte-order mark, CRLF and lone CR line ends; and the array form (R7.1). Committed as the code before issue 19
    // wrote them, but for the two chronic episodes without dates (R7.1, evaluated since)
    @Test
    void byteOrderMarkAndOtherLineEndsGiveTheCommittedOutput() throws Exception {
        Run run = run(new byte[0], resource("golden-input-bom-crlf.jsonl").toString());
        assertThat(run.out()).isEqualTo(text("golden-output-bom-crlf.jsonl"));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void anArrayOfEpisodesGivesTheCommittedOutput() throws Exception {
        Run run = run(new byte[0], resource("golden-input-array.json").toString());
        assertThat(run.out()).isEqualTo(text("golden-output-array.jsonl"));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void manyCopiesKeepTheBytesAndTheOrderAcrossBatches() throws Exception {
        String input = text("golden-input.jsonl");
        String output = text("golden-output.jsonl");
        int copies = JsonRecords.BATCH / 60 * 3 + 1; // several batches, not aligned with the fixture
        Run run = run(input.repeat(copies).getBytes(StandardCharsets.UTF_8));
        // malformed lines name their line number: shift those of each copy
        long lines = input.chars().filter(c -> c == '\n').count();
        StringBuilder expected = new StringBuilder();
        for (int copy = 0; copy < copies; copy++) {
            long offset = copy * lines;
            expected.append(java.util.regex.Pattern.compile("\"line (\\d+): ").matcher(output)
                    .replaceAll(m -> "\"line " + (Long.parseLong(m.group(1)) + offset) + ": "));
        }
        assertThat(run.out()).isEqualTo(expected.toString());
    }
}
