package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15 item 3: a reason never quotes a bound of 0 or less as an expected improvement. No Spring. */
class ReasonWriterBoundTests {

    static ToleranceBound bound(double value) {
        return new ToleranceBound(BoundSource.COMPLAINT_AND_BAND, value, false, 40, 15, 25, 0.8, 0.85, 1, 3);
    }

    @Test
    void aPositiveBoundIsQuotedInPoints() {
        assertThat(ReasonWriter.expected(Measure.NPRS, bound(2))).isEqualTo(
                "Clients like this usually improve by at least 2 points by now.");
    }

    @Test
    void aBoundOfZeroOrLessIsSaidInWordsNotAsAtLeastZeroPoints() {
        for (double value : new double[] {0, -1, -0.5, 0.04, -0.04}) {
            assertThat(ReasonWriter.expected(Measure.NPRS, bound(value)))
                .doesNotContain("at least 0", "at least -", "points")
                .contains("usually show some improvement by now");
        }
    }

    @Test
    void theSmallestBoundThatPrintsAboveZeroIsQuoted() {
        assertThat(ReasonWriter.expected(Measure.NPRS, bound(0.05))).isEqualTo(
                "Clients like this usually improve by at least 0.1 points by now.");
    }
}
