package org.referout.directory;

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
        return "%s: %,d rows read, %,d imported, %,d updated, %,d unchanged, %,d deactivated, %,d rejected%s".formatted(
                file, rowsRead, imported, updated, unchanged, deactivated, rejected,
                resumedAfterLine > 0 ? " (resumed after line " + resumedAfterLine + ")" : "");
    }
}
