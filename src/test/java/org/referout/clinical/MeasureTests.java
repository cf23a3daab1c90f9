package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.clinical.Scenarios.FIRST_VISIT;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MeasureTests {

    @Test
    void itemOutsideTheRangeNamesValueAndMeasure() {
        assertThat(Measure.NPRS.problemWith(11)).isEqualTo("11 is outside 0..10 for NPRS");
        assertThat(Measure.NPRS.problemWith(-1)).isEqualTo("-1 is outside 0..10 for NPRS");
        assertThat(Measure.GROC.problemWith(8)).isEqualTo("8 is outside -7..7 for GROC");
        assertThat(Measure.PEG.problemWith(10)).isNull();
        assertThat(Measure.GROC.problemWith(-7)).isNull();
    }

    @Test
    void fractionalItemIsNotAWholeNumber() {
        assertThat(Measure.PSFS.problemWith(7.5)).isEqualTo("7.5 is not a whole number for PSFS");
    }

    @Test
    void anItemAsTypedIsCheckedExactlyWithTheSameWords() {
        assertThat(Measure.NPRS.problemWith(new BigDecimal("11.0"))).isEqualTo("11 is outside 0..10 for NPRS");
        assertThat(Measure.GROC.problemWith(new BigDecimal("-8"))).isEqualTo("-8 is outside -7..7 for GROC");
        assertThat(Measure.PSFS.problemWith(new BigDecimal("7.5"))).isEqualTo("7.5 is not a whole number for PSFS");
        assertThat(Measure.NPRS.problemWith(new BigDecimal("7.00000000000000000001")))
                .isEqualTo("7.00000000000000000001 is not a whole number for NPRS");
        assertThat(Measure.PEG.problemWith(new BigDecimal("10.00"))).isNull();
        assertThat(Measure.GROC.problemWith(new BigDecimal("-7"))).isNull();
    }

    @Test
    void labelsWithTheCodeNameItOnce() {
        assertThat(Measure.NPRS.labelWithCode()).isEqualTo("Pain (NPRS)");
        assertThat(Measure.PEG.labelWithCode()).isEqualTo("Pain and interference (PEG)");
    }

    @Test
    void itemCountsFollowR1() {
        assertThat(Measure.PEG.problemWithItemCount(2)).isEqualTo("PEG needs exactly 3 items, got 2");
        assertThat(Measure.PSFS.problemWithItemCount(6)).isEqualTo("PSFS needs 1 to 5 items, got 6");
        assertThat(Measure.PSFS.problemWithItemCount(1)).isNull();
        assertThat(Measure.PSFS.problemWithItemCount(5)).isNull();
        assertThat(Measure.NPRS.problemWithItemCount(2)).isEqualTo("NPRS needs exactly 1 value, got 2");
    }

    @Test
    void directionOfBetter() {
        assertThat(Measure.NPRS.higherIsBetter()).isFalse();
        assertThat(Measure.PEG.higherIsBetter()).isFalse();
        assertThat(Measure.PSFS.higherIsBetter()).isTrue();
        assertThat(Measure.GROC.higherIsBetter()).isTrue();
        assertThat(Measure.GROC.canBePrimary()).isFalse();
    }

    @Test
    void psfsAndPegScoresAreExactMeans() {
        assertThat(Score.ofItems(1, FIRST_VISIT, Measure.PSFS, 3, 4, 2).value()).isEqualTo(3.0);
        assertThat(Score.ofItems(1, FIRST_VISIT, Measure.PEG, 7, 6, 6).value()).isEqualTo(19.0 / 3);
        assertThat(Score.of(1, null, Measure.NPRS, 7).value()).isEqualTo(7.0);
    }

    @Test
    void scoresDoNotShareTheirItems() {
        int[] items = { 1, 2, 3 };
        Score score = Score.ofItems(1, null, Measure.PEG, items);
        items[0] = 9;
        score.items()[1] = 9;
        assertThat(score.items()).containsExactly(1, 2, 3);
        assertThat(score).isEqualTo(Score.ofItems(1, null, Measure.PEG, 1, 2, 3));
    }

    @Test
    void complaintsHavePlainLabels() {
        assertThat(Complaint.LOW_BACK_PAIN.label()).isEqualTo("Low back pain");
        assertThat(Complaint.values()).hasSize(11).allSatisfy(c -> assertThat(c.label()).isNotBlank());
    }

    @Test
    void defaultSemsOfR3() {
        assertThat(Measure.NPRS.defaultSem()).isEqualTo(1.02);
        assertThat(Measure.PSFS.defaultSem()).isEqualTo(0.86);
        assertThat(Measure.PEG.defaultSem()).isEqualTo(1.07);
    }
}
