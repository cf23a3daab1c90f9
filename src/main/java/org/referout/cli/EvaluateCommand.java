package org.referout.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.referout.cli.JsonRecords.JsonRecord;
import org.referout.clinical.EpisodeEvaluator;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.InvalidEpisodeException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code referout evaluate [FILE|-] [--reference FILE]} (R7): one JSON object per input episode, in input
 * order, on standard output. Exit 0 when every episode was evaluated, 1 when some could not be (their lines
 * are error objects), 2 for unusable arguments or an unreadable file. Runs without Spring: it is called from
 * {@code ReferOutApplication.main} before the application context exists, to keep start-up cheap.
 */
public final class EvaluateCommand {

    static final String USAGE = "usage: referout evaluate [FILE|-] [--reference FILE]";
    private static final int MAX_REFERENCE_WARNINGS = 10;

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ExpectedCurves curves;

    private EvaluateCommand(ExpectedCurves curves) {
        this.curves = curves;
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String input = null;
        String reference = null;
        for (int i = 0; i < args.length; i++) {
            if ("--reference".equals(args[i]) && i + 1 < args.length && reference == null) {
                reference = args[++i];
            } else if (args[i].startsWith("--reference=") && reference == null) {
                reference = args[i].substring("--reference=".length());
            } else if (input == null && ("-".equals(args[i]) || !args[i].startsWith("-"))) {
                input = args[i];
            } else {
                err.println("evaluate: unusable argument " + args[i] + "\n" + USAGE);
                return 2;
            }
        }
        ExpectedCurves curves = ExpectedCurves.none();
        if (reference != null) {
            try (BufferedReader reader = Files.newBufferedReader(Path.of(reference), StandardCharsets.UTF_8)) {
                curves = new EvaluateCommand(null).referenceCurves(reader, err);
            } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
                err.println("evaluate: cannot read the reference file " + reference + ": " + e.getMessage());
                return 2;
            }
        }
        try (BufferedReader reader = open(input, in)) {
            return new EvaluateCommand(curves).evaluateAll(reader, out) ? 0 : 1;
        } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
            err.println("evaluate: cannot read " + input + ": " + e.getMessage());
            return 2;
        }
    }

    private static BufferedReader open(String input, InputStream in) throws IOException {
        if (input == null || "-".equals(input)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        }
        return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    }

    /** Evaluates every record, a batch at a time on all cores, writing in input order; true when all succeeded. */
    private boolean evaluateAll(BufferedReader reader, PrintStream out) throws IOException {
        boolean[] allEvaluated = { true };
        JsonRecords.read(reader, mapper, batch -> {
            String[] lines = new String[batch.size()];
            boolean[] failed = new boolean[batch.size()];
            IntStream.range(0, lines.length).parallel().forEach(i -> {
                StringBuilder line = new StringBuilder(1024);
                failed[i] = !evaluateOne(batch.get(i), line);
                lines[i] = line.append('\n').toString();
            });
            StringBuilder chunk = new StringBuilder(lines.length * 800);
            for (int i = 0; i < lines.length; i++) {
                chunk.append(lines[i]);
                allEvaluated[0] &= !failed[i];
            }
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
        });
        out.flush();
        return allEvaluated[0];
    }

    /** Writes the evaluation or the error object of one record; true when evaluated. */
    private boolean evaluateOne(JsonRecord record, StringBuilder out) {
        if (record.malformed() != null) {
            EvaluationJson.error(out, "null", record.where() + ": malformed JSON: " + record.malformed());
            return false;
        }
        JsonNode node;
        try {
            node = record.parse(mapper);
        } catch (JacksonException e) {
            EvaluationJson.error(out, "null", record.where() + ": malformed JSON: " + JsonRecords.shortMessage(e));
            return false;
        }
        JsonNode idNode = EpisodeJson.id(node);
        String id = idNode == null ? "null" : idNode.toString();
        try {
            EvaluationJson.write(out, id, EpisodeEvaluator.evaluate(EpisodeJson.read(node), curves));
            return true;
        } catch (InvalidEpisodeException e) {
            EvaluationJson.error(out, id, e.getMessage());
            return false;
        }
    }

    /** R4.3 reference episodes; those that cannot be read are skipped with a warning (they have no outcome). */
    private ExpectedCurves referenceCurves(BufferedReader reader, PrintStream err) throws IOException {
        List<EpisodeInput> episodes = new ArrayList<>();
        int[] skipped = { 0 };
        JsonRecords.read(reader, mapper, batch -> {
            for (JsonRecord record : batch) {
                try {
                    if (record.malformed() != null) {
                        throw new IllegalArgumentException("malformed JSON: " + record.malformed());
                    }
                    EpisodeInput episode = EpisodeJson.read(record.parse(mapper));
                    episode.firstProblem().ifPresent(problem -> {
                        throw new InvalidEpisodeException(problem);
                    });
                    episodes.add(episode);
                } catch (IllegalArgumentException | JacksonException e) {
                    if (++skipped[0] <= MAX_REFERENCE_WARNINGS) {
                        err.println("evaluate: reference " + record.where() + " skipped: " + (e instanceof JacksonException
                                ? "malformed JSON: " + JsonRecords.shortMessage(e) : e.getMessage()));
                    }
                }
            }
        });
        if (skipped[0] > MAX_REFERENCE_WARNINGS) {
            err.println("evaluate: " + skipped[0] + " reference episodes skipped in all");
        }
        return ExpectedCurves.from(episodes);
    }
}
