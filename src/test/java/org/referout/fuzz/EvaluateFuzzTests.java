package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * R7 under hostile input: random and mutated episodes, as JSON Lines and as one array, never throw, never
 * hang, exit 0, 1 or 2, and give exactly one JSON output line per input episode.
 */
class EvaluateFuzzTests {

    static final String EPISODE = """
            {"id": "ep-17", "complaint": "LOW_BACK_PAIN", "chronic": false, "primaryMeasure": "NPRS", \
            "redFlags": ["NIGHT_PAIN"], "clearedRedFlags": [], "scores": [\
            {"visit": 1, "date": "2026-01-05", "measure": "NPRS", "value": 7},\
            {"visit": 1, "date": "2026-01-05", "measure": "PSFS", "items": [3, 4, 2]},\
            {"visit": 2, "date": "2026-01-12", "measure": "NPRS", "value": 6},\
            {"visit": 2, "date": "2026-01-12", "measure": "GROC", "value": 2}]}""";

    static final List<String> KEYS = List.of("id", "complaint", "chronic", "primaryMeasure", "redFlags",
            "clearedRedFlags", "scores", "visit", "date", "measure", "value", "items", "psfsActivities");

    record Run(int exit, List<String> lines) {
    }

    static Run evaluate(String stdin) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = org.referout.cli.EvaluateCommand.run(new String[] { "-" },
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            return new Run(exit, lines);
        });
    }

    static void assertEveryLineIsJson(Run run) {
        assertThat(run.exit()).isIn(0, 1, 2);
        run.lines().forEach(line -> assertThat(JsonFuzz.JSON.readTree(line).isObject()).as(line).isTrue());
    }

    @Provide
    Arbitrary<String> episodeLine() {
        // A line break inside a mutated value would make two input lines; JSON Lines cannot carry one anyway.
        return Arbitraries.oneOf(JsonFuzz.mutated(EPISODE, KEYS), JsonFuzz.value(KEYS, 3).map(Object::toString))
            .map(line -> line.replace('\n', ' ').replace('\r', ' ').replace('\u0085', ' ')
                .replace('\u2028', ' ').replace('\u2029', ' '));
    }

    @Property(tries = 150)
    void jsonLinesGiveOneOutputLinePerEpisodeLine(@ForAll @Size(max = 8) List<@From("episodeLine") String> lines) {
        // The valid first line keeps the input JSON Lines (a line starting with '[' would frame it as an array).
        List<String> input = new ArrayList<>(List.of(EPISODE));
        input.addAll(lines);
        Run run = evaluate(String.join("\n", input) + "\n");

        assertEveryLineIsJson(run);
        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.lines()).hasSize((int) input.stream().filter(line -> !line.isBlank()).count());
    }

    @Property(tries = 100)
    void arraysOfRandomEpisodesGiveOneOutputLinePerElement(
            @ForAll @Size(max = 8) List<@From("arrayElement") String> elements) {
        Run run = evaluate("[" + String.join(",", elements) + "]");

        assertEveryLineIsJson(run);
        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.lines()).hasSize(elements.size());
    }

    @Provide
    Arbitrary<String> arrayElement() {
        return Arbitraries.oneOf(JsonFuzz.value(KEYS, 3).map(Object::toString),
                JsonFuzz.mutated(EPISODE, KEYS).filter(JsonFuzzValid::isJson));
    }

    @Property(tries = 100)
    void anyTextEndsWithAnExitCodeAndJsonLines(@ForAll("anyText") String stdin) {
        assertEveryLineIsJson(evaluate(stdin));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                JsonFuzz.mutated("[" + EPISODE + "," + EPISODE + "]", KEYS),
                JsonFuzz.mutated(EPISODE, KEYS).map(line -> EPISODE + "\n" + line + "\n" + EPISODE));
    }
}
