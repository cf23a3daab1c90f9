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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.referout.cli.JsonRecords.JsonRecord;
import org.referout.cli.JsonRecords.Malformed;
import org.referout.clinical.EpisodeEvaluator;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Evaluation;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.InvalidEpisodeException;

import tools.jackson.databind.JsonNode;

/**
 * {@code referout evaluate [FILE|-] [--reference FILE] [--summary]} (R7): one JSON object per input episode, in
 * input order, on standard output; with {@code --summary}, instead, the counts per status and per recommendation.
 * Exit 0 when every episode was evaluated, 1 when some could not be (their lines are error objects), 2 for
 * unusable arguments or an unreadable file. Runs without Spring: it is called from {@code ReferOutApplication.main}
 * before the application context exists, to keep start-up cheap.
 * <p>
 * Issue 19: the main thread reads lines and writes the output; batches of 4,096 lines are parsed (a stream of tokens,
 * no tree: {@link EpisodeStream}) and evaluated on all cores meanwhile, and written in input order. Nothing
 * heavy is made before the first line: an empty input exits at once.
 */
public final class EvaluateCommand {

    static final String USAGE = "usage: referout evaluate [FILE|-] [--reference FILE] [--summary]";
    private static final int MAX_REFERENCE_WARNINGS = 10;

    private final ExpectedCurves curves;
    private final boolean summary;

    private EvaluateCommand(ExpectedCurves curves, boolean summary) {
        this.curves = curves;
        this.summary = summary;
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String input = null;
        String reference = null;
        boolean summary = false;
        for (int i = 0; i < args.length; i++) {
            if ("--reference".equals(args[i]) && i + 1 < args.length && reference == null) {
                reference = args[++i];
            } else if (args[i].startsWith("--reference=") && reference == null) {
                reference = args[i].substring("--reference=".length());
            } else if ("--summary".equals(args[i]) && !summary) {
                summary = true;
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
                curves = referenceCurves(reader, err);
            } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
                err.println("evaluate: cannot read the reference file " + reference + ": " + e.getMessage());
                return 2;
            }
        }
        try (BufferedReader reader = open(input, in)) {
            return new EvaluateCommand(curves, summary).evaluateAll(reader, out) ? 0 : 1;
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

    /** What one batch gave: its output lines (none with --summary), its counts, whether all were evaluated. */
    private record Done(byte[] output, Summary counts) {
    }

    /** Evaluates every record, batches on all cores while the next are read, writing in input order. */
    private boolean evaluateAll(BufferedReader reader, PrintStream out) throws IOException {
        Summary total = new Summary();
        Deque<Future<Done>> pending = new ArrayDeque<>();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService[] workers = { null };
        try {
            JsonRecords.read(reader, batch -> {
                if (workers[0] == null) {
                    workers[0] = workers(threads);
                }
                pending.add(workers[0].submit(() -> evaluateBatch(batch)));
                while (pending.size() > 2 * threads) {
                    write(pending.remove(), out, total);
                }
            });
        } finally {
            // after a read error too: what was read before it is written, as when batches went one at a time
            try {
                while (!pending.isEmpty()) {
                    write(pending.remove(), out, total);
                }
            } finally {
                if (workers[0] != null) {
                    workers[0].shutdownNow();
                }
            }
        }
        if (summary) {
            byte[] text = total.text().getBytes(StandardCharsets.UTF_8);
            out.write(text, 0, text.length);
        }
        out.flush();
        return total.notEvaluated == 0;
    }

    private static ExecutorService workers(int threads) {
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "evaluate");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void write(Future<Done> next, PrintStream out, Summary total) {
        Done done;
        try {
            done = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        if (done.output() != null) {
            out.write(done.output(), 0, done.output().length);
        }
        total.add(done.counts());
    }

    private Done evaluateBatch(List<JsonRecord> batch) {
        Summary counts = new Summary();
        StringBuilder lines = summary ? null : new StringBuilder(batch.size() * 700);
        for (JsonRecord record : batch) {
            evaluateOne(record, lines, counts);
            if (lines != null) {
                lines.append('\n');
            }
        }
        return new Done(lines == null ? null : lines.toString().getBytes(StandardCharsets.UTF_8), counts);
    }

    /** Writes the evaluation or the error object of one record (unless out is null) and counts it. */
    private void evaluateOne(JsonRecord record, StringBuilder out, Summary counts) {
        String id = "null";
        try {
            EpisodeStream.Read read = record.text() == null ? null : EpisodeStream.read(record.text());
            EpisodeInput episode;
            if (read != null) {
                id = read.id();
                episode = read.episode();
            } else {
                JsonNode node = JsonRecords.Trees.parse(record);
                JsonNode idNode = EpisodeJson.id(node);
                id = idNode == null ? "null" : idNode.toString();
                episode = EpisodeJson.read(node);
            }
            Evaluation evaluation = EpisodeEvaluator.evaluate(episode, curves);
            counts.add(evaluation);
            if (out != null) {
                EvaluationJson.write(out, id, evaluation);
            }
        } catch (InvalidEpisodeException | Malformed e) {
            counts.notEvaluated++;
            if (out != null) {
                EvaluationJson.error(out, id, e instanceof Malformed malformed
                        ? record.where() + ": malformed JSON: " + malformed.getMessage() : e.getMessage());
            }
        }
    }

    /** The episode of a record, by the fast path where it can; R7.4 problems throw. */
    private static EpisodeInput episode(JsonRecord record) {
        EpisodeStream.Read read = record.text() == null ? null : EpisodeStream.read(record.text());
        return read != null ? read.episode() : EpisodeJson.read(JsonRecords.Trees.parse(record));
    }

    /** R4.3 reference episodes; those that cannot be read are skipped with a warning (they have no outcome). */
    private static ExpectedCurves referenceCurves(BufferedReader reader, PrintStream err) throws IOException {
        List<EpisodeInput> episodes = new ArrayList<>();
        int[] skipped = { 0 };
        JsonRecords.read(reader, batch -> {
            for (JsonRecord record : batch) {
                try {
                    EpisodeInput episode = episode(record);
                    episode.firstProblem().ifPresent(problem -> {
                        throw new InvalidEpisodeException(problem);
                    });
                    episodes.add(episode);
                } catch (IllegalArgumentException | Malformed e) {
                    if (++skipped[0] <= MAX_REFERENCE_WARNINGS) {
                        err.println("evaluate: reference " + record.where() + " skipped: "
                                + (e instanceof Malformed ? "malformed JSON: " : "") + e.getMessage());
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
