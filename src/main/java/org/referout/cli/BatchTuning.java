package org.referout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * JVM options that make a large NPPES import about a quarter faster on a small machine (see docs/operations.md,
 * "Large NPPES imports"). A 2 M-row import spends about a third of its CPU in the JIT compiler, which keeps
 * recompiling H2's and Lucene's deeply inlined write paths; shallower inlining and the parallel collector (cheaper
 * write barriers than G1 for an allocation-heavy batch) trade a little peak speed for much less compiling. A
 * server cannot switch them on itself, so the command says so when a big file meets a JVM without them.
 */
final class BatchTuning {

    static final List<String> OPTIONS = List.of("-XX:+UseParallelGC", "-XX:InlineSmallCode=500", "-XX:MaxInlineLevel=4");
    /** Below this a run takes seconds either way. */
    static final long LARGE_FILE_BYTES = 100L << 20;

    private BatchTuning() {
    }

    static Optional<String> advice(Path file, List<String> jvmArguments) {
        long size;
        try {
            size = Files.size(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size < LARGE_FILE_BYTES || jvmArguments.containsAll(OPTIONS)) {
            return Optional.empty();
        }
        return Optional.of("Tip: a file this large imports about a quarter faster with\n  java "
                + String.join(" ", OPTIONS) + " -jar target/referout.jar directory import-nppes ...");
    }
}
