package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportReportTests {

    static final Instant START = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void aRunDoneInOneGoSaysHowLongItTookAndItsRate() {
        assertThat(report(0, START.plusSeconds(20)).summary()).isEqualTo(
                "npidata.csv: 2,000,000 rows read, 1,979,811 imported, 0 updated, 0 unchanged, 20,189 deactivated, "
                        + "0 rejected in 20.0 s (100,000 rows/s)");
    }

    @Test
    void aResumedOrUnfinishedRunGivesNoRate() {
        assertThat(report(500_000, START.plusSeconds(20)).summary()).endsWith("(resumed after line 500000)");
        assertThat(report(0, null).summary()).endsWith("0 rejected");
    }

    private static ImportReport report(long resumedAfter, Instant finished) {
        return new ImportReport(1, "npidata.csv", false, "COMPLETED", 2_000_000, 1_979_811, 0, 0, 20_189, 0, List.of(),
                resumedAfter, START, finished);
    }
}
