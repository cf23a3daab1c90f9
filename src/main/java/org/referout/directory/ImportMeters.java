package org.referout.directory;

import org.referout.directory.ImportRuns.Counts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code referout.nppes.rows{outcome}}: NPPES rows this process's imports committed, by what became of them.
 * Counted after each chunk's commit, so rows of a chunk lost to a crash are not counted and their resumed copy
 * counts once. Unchanged rows are left out: an update file is mostly unchanged rows and they cost no write.
 */
final class ImportMeters {

    private final Counter imported;
    private final Counter updated;
    private final Counter deactivated;
    private final Counter rejected;

    ImportMeters(MeterRegistry registry) {
        // registered up front, so the meter and its four outcomes are listed before the first import
        this.imported = counter(registry, "imported");
        this.updated = counter(registry, "updated");
        this.deactivated = counter(registry, "deactivated");
        this.rejected = counter(registry, "rejected");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("referout.nppes.rows").tag("outcome", outcome)
            .description("NPPES rows committed by imports, by outcome").register(registry);
    }

    /** Adds what one committed chunk moved the run's totals by. */
    void committed(Counts before, Counts after) {
        imported.increment(after.imported - before.imported);
        updated.increment(after.updated - before.updated);
        deactivated.increment(after.deactivated - before.deactivated);
        rejected.increment(after.rejected - before.rejected);
    }
}
