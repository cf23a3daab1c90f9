package org.referout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTuningTests {

    @TempDir
    Path tmp;

    @Test
    void aLargeFileOnAnUntunedJvmGetsTheOptionsToUse() throws IOException {
        Path large = sparseFile(BatchTuning.LARGE_FILE_BYTES);

        assertThat(BatchTuning.advice(large, List.of("-Xmx2g"))).hasValueSatisfying(
                advice -> assertThat(advice).contains("-XX:+UseParallelGC -XX:InlineSmallCode=500 -XX:MaxInlineLevel=4"));
    }

    @Test
    void aTunedJvmOrASmallFileGetsNoAdvice() throws IOException {
        List<String> tuned = new ArrayList<>(BatchTuning.OPTIONS);
        tuned.add("-Xmx2g");

        assertThat(BatchTuning.advice(sparseFile(BatchTuning.LARGE_FILE_BYTES), tuned)).isEmpty();
        assertThat(BatchTuning.advice(sparseFile(BatchTuning.LARGE_FILE_BYTES - 1), List.of())).isEmpty();
    }

    private Path sparseFile(long size) throws IOException {
        Path file = Files.createTempFile(tmp, "npidata", ".csv");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }
}
