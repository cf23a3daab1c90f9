package org.referout.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What an NPPES import took and what it rejected. {@code rejections} holds the first
 * {@value #STORED_REJECTIONS} rejected rows; {@code rejected} counts all of them. {@code resumedAfterLine} is
 * the last line committed by an earlier, interrupted run of the same file (0 for a fresh run).
 */
public record ImportReport(long runId, String file, boolean updateFile, String status, long rowsRead, long imported,
        long updated, long unchanged, long deactivated, long rejected, List<Rejection> rejections,
        long resumedAfterLine, Instant startedAt, Instant finishedAt) {

    public static final int STORED_REJECTIONS = 1000;

    /** A skipped row: its physical line in the file (1 = header) and why. */
    public record Rejection(long line, String reason) {
    }

    public String summary() {
        return "%s: %,d rows read, %,d imported, %,d updated, %,d unchanged, %,d deactivated, %,d rejected%s%s".formatted(
                file, rowsRead, imported, updated, unchanged, deactivated, rejected,
                resumedAfterLine > 0 ? " (resumed after line " + resumedAfterLine + ")" : "", pace());
    }

    /** " in 21.3 s (93,900 rows/s)" for a run done in one go; empty for a resumed or unfinished one. */
    private String pace() {
        if (resumedAfterLine > 0 || startedAt == null || finishedAt == null) {
            return "";
        }
        double seconds = Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        return seconds <= 0 ? "" : " in %.1f s (%,.0f rows/s)".formatted(seconds, rowsRead / seconds);
    }
}
