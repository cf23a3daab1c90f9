package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The test vectors of R3. */
class ReliableChangeTests {

    @Test
    void semOf307FromPre24ToPost35() {
        ReliableChange change = ReliableChange.ofSem(3.07);
        assertThat(change.sdiff()).isCloseTo(4.3416, within(0.00005));
        assertThat(change.criterion()).isCloseTo(8.51, within(0.005));
        assertThat(change.index(35 - 24)).isCloseTo(2.53, within(0.005));
        assertThat(change.isReliable(35 - 24)).isTrue();
    }

    @Test
    void sdAndReliabilityGiveTheSem() {
        ReliableChange change = ReliableChange.ofSdAndReliability(7.6, 0.95);
        assertThat(change.sem()).isCloseTo(1.699, within(0.0005));
        assertThat(change.sdiff()).isCloseTo(2.403, within(0.0005));
        assertThat(change.criterion()).isCloseTo(4.71, within(0.005));
    }

    @Test
    void lowerIsBetterVectors() {
        ReliableChange change = ReliableChange.ofSdAndReliability(2.0, 0.90);
        double sevenToFive = 7 - 5; // improvement: baseline − latest
        assertThat(change.index(sevenToFive)).isCloseTo(2.24, within(0.005));
        assertThat(change.isReliable(sevenToFive)).isTrue();
        assertThat(change.index(7 - 6)).isCloseTo(1.12, within(0.005));
        assertThat(change.isReliable(7 - 6)).isFalse();
        assertThat(change.index(5 - 7)).isCloseTo(-2.24, within(0.005));
        assertThat(change.isReliable(5 - 7)).isTrue();
    }

    @Test
    void reliableOnlyStrictlyAbove196() {
        ReliableChange change = ReliableChange.ofSem(1 / Math.sqrt(2)); // Sdiff = 1
        assertThat(change.isReliable(1.96)).isFalse();
        assertThat(change.isReliable(1.9601)).isTrue();
        assertThat(change.isReliable(-1.9601)).isTrue();
    }

    @Test
    void defaultSemPerMeasure() {
        assertThat(ReliableChange.forMeasure(Measure.NPRS).sem()).isEqualTo(1.02);
        assertThat(ReliableChange.forMeasure(Measure.PSFS).sem()).isEqualTo(0.86);
        assertThat(ReliableChange.forMeasure(Measure.PEG).sem()).isEqualTo(1.07);
        // the R7.2 example: NPRS 7 -> 6 has RCI 0.69
        assertThat(ReliableChange.forMeasure(Measure.NPRS).index(1)).isCloseTo(0.69, within(0.005));
    }
}
