package org.referout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java … ReferOutApplication evaluate} as its own process (issue 19): the verb loads no Spring class at
 * all, an empty input no Jackson class, and a file of plain episodes not Jackson's tree mapper. What a process
 * loads, not how long it takes: the times are in docs/benchmarks.md.
 */
class EvaluateCommandProcessTests {

    @TempDir
    Path dir;

    private record Loaded(int exit, String out, List<String> classes) {
    }

    private Loaded evaluate(String input) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("in.jsonl"), input);
        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out.jsonl");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "org.referout.ReferOutApplication", "evaluate", file.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> classes = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceAll("^.*\\] ", "").replaceAll(" source:.*$", "")).toList();
        return new Loaded(process.exitValue(), Files.readString(out), classes);
    }

    @Test
    void anEmptyInputLoadsNeitherSpringNorTheTreeMapper() throws Exception {
        Loaded loaded = evaluate("");
        assertThat(loaded.exit()).isZero();
        assertThat(loaded.out()).isEmpty();
        assertThat(loaded.classes()).contains("org.referout.cli.EvaluateCommand");
        assertThat(loaded.classes()).noneMatch(name -> name.startsWith("org.springframework."));
        // not even a parser: the first Jackson class would open every jar before jackson-core on the class path
        assertThat(loaded.classes()).noneMatch(name -> name.startsWith("tools.jackson."));
    }

    @Test
    void plainEpisodesLoadNoSpringClassAndNoTree() throws Exception {
        Loaded loaded = evaluate(EvaluateCommandTests.EXAMPLE + "\n" + EvaluateCommandTests.EXAMPLE.replace("ep-17", "ep-18") + "\n");
        assertThat(loaded.exit()).isZero();
        assertThat(loaded.out().lines()).hasSize(2);
        assertThat(loaded.classes()).contains("org.referout.cli.EpisodeStream");
        assertThat(loaded.classes()).noneMatch(name -> name.startsWith("org.springframework."));
        assertThat(loaded.classes()).noneMatch(name -> name.startsWith("tools.jackson.databind."));
    }

    @Test
    void aLineOnlyTheTreeCanReadStillLoadsNoSpringClass() throws Exception {
        Loaded loaded = evaluate("{oops\n");
        assertThat(loaded.exit()).isEqualTo(1);
        assertThat(loaded.out()).startsWith("{\"id\":null,\"error\":\"line 1: malformed JSON: ");
        assertThat(loaded.classes()).noneMatch(name -> name.startsWith("org.springframework."));
    }
}
