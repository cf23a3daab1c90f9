package org.referout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** R7: input framing, output per line in input order, R7.4 errors and the exit status of R7.3. */
class EvaluateCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String EXAMPLE = """
            {"id": "ep-17", "complaint": "LOW_BACK_PAIN", "chronic": false, "primaryMeasure": "NPRS", \
            "redFlags": ["NIGHT_PAIN"], "clearedRedFlags": [], "scores": [\
            {"visit": 1, "date": "2026-01-05", "measure": "NPRS", "value": 7},\
            {"visit": 1, "date": "2026-01-05", "measure": "PSFS", "items": [3, 4, 2]},\
            {"visit": 2, "date": "2026-01-12", "measure": "NPRS", "value": 6},\
            {"visit": 2, "date": "2026-01-12", "measure": "GROC", "value": 2}]}""";

    @TempDir
    Path dir;

    record Result(int exit, List<JsonNode> lines, String err) {
    }

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EvaluateCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Result(exit, lines, err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String nprs(String id, int... values) {
        StringBuilder json = new StringBuilder("{\"id\":\"" + id + "\",\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\",\"scores\":[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"visit\":").append(i + 1).append(",\"measure\":\"NPRS\",\"value\":")
                    .append(values[i]).append('}');
        }
        return json.append("]}").toString();
    }

    @Test
    void theExampleOfR7() throws IOException {
        Result result = run("", file("in.jsonl", EXAMPLE + "\n").toString());
        assertThat(result.exit()).isZero();
        JsonNode line = result.lines().get(0);
        assertThat(line.get("id").stringValue()).isEqualTo("ep-17");
        assertThat(line.get("status").stringValue()).isEqualTo("ON_TRACK");
        assertThat(line.get("recommendation").stringValue()).isEqualTo("REFER");
        assertThat(line.get("primaryMeasure").stringValue()).isEqualTo("NPRS");
        assertThat(line.get("baseline").intValue()).isEqualTo(7);
        assertThat(line.get("latest").intValue()).isEqualTo(6);
        assertThat(line.get("improvement").intValue()).isEqualTo(1);
        assertThat(line.get("improvementPercent").doubleValue()).isEqualTo(14.29);
        assertThat(line.get("importantImprovement").booleanValue()).isFalse();
        assertThat(line.get("rci").doubleValue()).isEqualTo(0.69);
        assertThat(line.get("reliableChange").booleanValue()).isFalse();
        assertThat(line.get("lowerBound").isNull()).isTrue();
        assertThat(line.get("boundSource").stringValue()).isEqualTo("DEFAULT");
        assertThat(line.get("redFlagLevel").stringValue()).isEqualTo("REFER");
        assertThat(line.get("reasons").get(0).get("code").stringValue()).isEqualTo("RED_FLAG");
        assertThat(line.get("reasons").get(1).get("code").stringValue()).isEqualTo("EXPECTED_PROGRESS");
        assertThat(line.get("providerTypes").get(0).stringValue()).isEqualTo("207Q00000X");
        assertThat(line.get("providerTypes").get(1).stringValue()).isEqualTo("207R00000X");
    }

    @Test
    void jsonArrayInput() throws IOException {
        Result result = run("", file("in.json", "[\n" + nprs("a", 7, 6) + ",\n" + nprs("b", 7, 4) + "\n]").toString());
        assertThat(result.exit()).isZero();
        assertThat(result.lines()).extracting(l -> l.get("id").stringValue()).containsExactly("a", "b");
        assertThat(result.lines().get(1).get("status").stringValue()).isEqualTo("IMPROVING");
    }

    @Test
    void standardInputWithDashOrNoFile() {
        String input = nprs("a", 7, 6) + "\n\n" + nprs("b", 5) + "\n";
        assertThat(run(input, "-").lines()).hasSize(2);
        Result noFile = run(input);
        assertThat(noFile.exit()).isZero();
        assertThat(noFile.lines().get(1).get("status").stringValue()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(run("[" + nprs("a", 7) + "]").lines()).hasSize(1);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\",\"scores\":[{\"visit\":1,\"measure\":\"NPRS\",\"value\":7},{\"visit\":2,\"measure\":\"NPRS\",\"value\":6},{\"visit\":3,\"measure\":\"NPRS\",\"value\":11}]}"
                    + "|scores[2].value: 11 is outside 0..10 for NPRS",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\",\"scores\":[{\"visit\":1,\"measure\":\"NPRS\",\"value\":6.5}]}"
                    + "|scores[0].value: 6.5 is not a whole number for NPRS",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\",\"scores\":[{\"visit\":1,\"measure\":\"VAS\",\"value\":6}]}"
                    + "|scores[0].measure: VAS is not a known measure",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"ODI\",\"scores\":[]}"
                    + "|primaryMeasure: ODI is not a known measure",
            "{\"id\":1,\"complaint\":\"KNEE\",\"primaryMeasure\":\"NPRS\",\"scores\":[]}"
                    + "|complaint: KNEE is not a known complaint",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\",\"redFlags\":[\"NIGHT_PAIN\",\"HEADACHE\"],\"scores\":[]}"
                    + "|redFlags[1]: HEADACHE is not a known red flag",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"PSFS\",\"scores\":[{\"visit\":1,\"measure\":\"PSFS\",\"items\":[3,4,2]},{\"visit\":2,\"measure\":\"PSFS\",\"items\":[3,4]}]}"
                    + "|scores[1].items: 2 activities, but the first PSFS score rated 3",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"PEG\",\"scores\":[{\"visit\":1,\"measure\":\"PEG\",\"items\":[3,4]}]}"
                    + "|scores[0].items: PEG needs exactly 3 items, got 2",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"PEG\",\"scores\":[{\"visit\":1,\"measure\":\"NPRS\",\"value\":3}]}"
                    + "|scores: no score of the primary measure PEG",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\",\"scores\":[{\"visit\":2,\"measure\":\"NPRS\",\"value\":3},{\"visit\":1,\"measure\":\"NPRS\",\"value\":3}]}"
                    + "|scores[1].visit: 1 is not after visit 2 of the previous NPRS score",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\",\"scores\":[{\"visit\":1,\"measure\":\"NPRS\",\"value\":\"7\"}]}"
                    + "|scores[0].value: \"7\" is not a number",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\",\"scores\":[{\"visit\":1,\"date\":\"2026-02-30\",\"measure\":\"NPRS\",\"value\":7}]}"
                    + "|scores[0].date: 2026-02-30 is not a date (YYYY-MM-DD)",
            "{\"id\":1,\"complaint\":\"NECK_PAIN\",\"primaryMeasure\":\"NPRS\"}"
                    + "|scores: missing" })
    void everyBadInputCauseNamesFieldAndValue(String line, String error) {
        Result result = run(nprs("before", 7, 6) + "\n" + line + "\n" + nprs("after", 7, 4) + "\n");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.lines()).hasSize(3);
        assertThat(result.lines().get(1).get("id").intValue()).isEqualTo(1);
        assertThat(result.lines().get(1).get("error").stringValue()).isEqualTo(error);
        assertThat(result.lines().get(0).get("status").stringValue()).isEqualTo("ON_TRACK");
        assertThat(result.lines().get(2).get("status").stringValue()).isEqualTo("IMPROVING");
    }

    // R7.1: a chronic episode without dates is evaluated, never refused for the missing dates
    @Test
    void chronicEpisodeWithoutDatesIsEvaluated() {
        String chronic = nprs("c", 7, 7, 6, 7, 7).replace("\"complaint\"", "\"chronic\":true,\"complaint\"");
        Result result = run(chronic + "\n");
        assertThat(result.exit()).isZero();
        JsonNode line = result.lines().get(0);
        assertThat(line.has("error")).isFalse();
        assertThat(line.get("status").stringValue()).isEqualTo("PLATEAU");
        assertThat(line.get("recommendation").stringValue()).isEqualTo("REVIEW");
        assertThat(line.get("reasons").get(0).get("code").stringValue()).isEqualTo("NO_IMPORTANT_IMPROVEMENT");
        assertThat(line.get("reasons").get(0).get("text").stringValue()).contains("The days since the first visit are not known");
    }

    private static String stdout(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluateCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int exit(String stdin, String... args) {
        return EvaluateCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    // issue 19: --summary counts per status and per recommendation, every one listed in a stable order
    @Test
    void summaryCountsEpisodesPerStatusAndRecommendation() {
        String input = nprs("a", 7, 6) + "\n" + nprs("b", 7, 4) + "\n\nnot json\n" + nprs("d", 5) + "\n"
                + nprs("e", 3, 8) + "\n" + nprs("f", 7, 4) + "\n";
        assertThat(stdout(input, "--summary")).isEqualTo("""
                episodes 6
                evaluated 5
                not evaluated 1

                status
                INSUFFICIENT_DATA 1
                ON_TRACK 1
                IMPROVING 2
                RECOVERED 0
                PLATEAU 0
                NOT_ON_TRACK 0
                DETERIORATING 1

                recommendation
                CONTINUE 4
                DISCHARGE 0
                REVIEW 0
                REFER 1
                REFER_URGENT 0
                REFER_EMERGENCY 0
                """);
        assertThat(exit(input, "--summary")).isEqualTo(1);
        assertThat(exit(nprs("a", 7, 6) + "\n", "-", "--summary")).isZero();
        assertThat(stdout("", "--summary")).startsWith("episodes 0\nevaluated 0\nnot evaluated 0\n");
        assertThat(exit("", "--summary", "--summary")).isEqualTo(2);
    }

    @Test
    void summaryAgreesWithTheLinesAcrossBatches() {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < JsonRecords.BATCH * 5 + 3; i++) {
            input.append(i % 13 == 0 ? "{oops\n" : nprs(Integer.toString(i), 7, i % 9, (i * 7) % 11 % 10, i % 10) + "\n");
        }
        Result lines = run(input.toString());
        java.util.Map<String, Long> statuses = new java.util.TreeMap<>();
        java.util.Map<String, Long> recommendations = new java.util.TreeMap<>();
        long errors = 0;
        for (JsonNode line : lines.lines()) {
            if (line.has("error")) {
                errors++;
            } else {
                statuses.merge(line.get("status").stringValue(), 1L, Long::sum);
                recommendations.merge(line.get("recommendation").stringValue(), 1L, Long::sum);
            }
        }
        String summary = stdout(input.toString(), "--summary");
        assertThat(summary).contains("\nnot evaluated " + errors + "\n");
        statuses.forEach((status, count) -> assertThat(summary).contains("\n" + status + " " + count + "\n"));
        recommendations.forEach((recommendation, count) -> assertThat(summary).contains("\n" + recommendation + " " + count + "\n"));
        assertThat(statuses.size()).isGreaterThan(3);
    }

    @Test
    void malformedLineNeverStopsTheOthers() {
        Result result = run(nprs("a", 7, 6) + "\n{\"id\": \"b\", oops\n" + nprs("c", 7, 6) + "\n");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.lines()).hasSize(3);
        assertThat(result.lines().get(1).get("id").isNull()).isTrue();
        assertThat(result.lines().get(1).get("error").stringValue()).startsWith("line 2: malformed JSON");
        assertThat(result.lines().get(2).get("id").stringValue()).isEqualTo("c");
    }

    @Test
    void unusableArgumentsOrUnreadableFilesExitTwo() {
        assertThat(run("", "--frobnicate").exit()).isEqualTo(2);
        assertThat(run("", "a.jsonl", "b.jsonl").exit()).isEqualTo(2);
        assertThat(run("", dir.resolve("missing.jsonl").toString()).exit()).isEqualTo(2);
        Result missingReference = run("", "-", "--reference", dir.resolve("missing.jsonl").toString());
        assertThat(missingReference.exit()).isEqualTo(2);
        assertThat(missingReference.err()).contains("reference");
        assertThat(run("", "--reference").exit()).isEqualTo(2);
    }

    @Test
    void outputKeepsInputOrderAcrossBatches() {
        StringBuilder input = new StringBuilder();
        int count = JsonRecords.BATCH * 2 + 17;
        for (int i = 0; i < count; i++) {
            input.append(i % 97 == 0 ? nprs(Integer.toString(i), 7, 12) : nprs(Integer.toString(i), 7, i % 8)).append('\n');
        }
        Result result = run(input.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.lines()).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(result.lines().get(i).get("id").stringValue()).isEqualTo(Integer.toString(i));
            assertThat(result.lines().get(i).has("error")).isEqualTo(i % 97 == 0);
        }
    }

    // as when one batch was evaluated at a time: the batches read before an unreadable part are written
    @Test
    void aFileThatBecomesUnreadableKeepsTheBatchesBeforeAndExitsTwo() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < JsonRecords.BATCH * 3 + 500; i++) { // 500: beyond the reader's read-ahead
            lines.append(nprs(Integer.toString(i), 7, 6)).append('\n');
        }
        byte[] good = lines.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = (byte) 0xC3; // not UTF-8
        bytes[good.length + 1] = (byte) 0x28;
        bytes[good.length + 2] = '\n';
        Path file = Files.write(dir.resolve("broken.jsonl"), bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EvaluateCommand.run(new String[] { file.toString() }, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("evaluate: cannot read " + file);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(JsonRecords.BATCH * 3);
    }

    @Test
    void referenceEpisodesBuildTheCurves() throws IOException {
        StringBuilder reference = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            reference.append(nprs("r" + i, 7, 5, 4, 3)).append('\n').append(nprs("n" + i, 7, 7, 7, 7)).append('\n');
        }
        reference.append("not json\n");
        Path file = file("reference.jsonl", reference.toString());
        Result result = run(nprs("x", 7, 6) + "\n", "--reference", file.toString());
        assertThat(result.exit()).isZero();
        JsonNode line = result.lines().get(0);
        assertThat(line.get("status").stringValue()).isEqualTo("NOT_ON_TRACK");
        assertThat(line.get("lowerBound").intValue()).isEqualTo(2);
        assertThat(line.get("boundSource").stringValue()).isEqualTo("COMPLAINT_AND_BAND");
        assertThat(result.err()).contains("reference line 41 skipped");
    }
}
