package org.referout.directory;

import java.time.Duration;

/**
 * A progress snapshot of a running import, sent to an {@link Listener} after each committed chunk.
 * The ETA is estimated from bytes read against the file size, since the row count is unknown up front.
 */
public record ImportProgress(long rowsRead, long rowsStored, long rejected, long bytesRead, long fileSize,
        Duration elapsed, long line) {

    /** Receives progress after each committed chunk; throwing aborts the import (the chunk stays committed). */
    @FunctionalInterface
    public interface Listener {
        void progress(ImportProgress progress);

        Listener NONE = progress -> {
        };
    }

    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }

    public double fraction() {
        return fileSize <= 0 ? 0 : Math.min(1.0, (double) bytesRead / fileSize);
    }

    public Duration eta() {
        double f = fraction();
        if (f <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f));
    }

    public String describe() {
        return "%,d rows  %,.0f rows/s  %.1f%%  ETA %ds  (%,d rejected)".formatted(rowsRead, rowsPerSecond(),
                fraction() * 100, eta().toSeconds(), rejected);
    }
}
