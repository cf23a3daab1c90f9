package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.referout.clinical.Scenarios.nprs;
import static org.referout.clinical.Scenarios.times;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R4.3: groups, minimums, fallbacks, the 80 %-specificity bound and the expected band. */
class ExpectedCurvesTests {

    private static final Complaint BACK = Complaint.LOW_BACK_PAIN;

    /** A severe (baseline 8) reference episode with Δ₂ = delta2 that ends as a responder or not. */
    private static EpisodeInput reference(Complaint complaint, int delta2, boolean responder) {
        return nprs(complaint, false, 8, 8 - delta2, responder ? 2 : 8);
    }

    private static List<EpisodeInput> group(Complaint complaint, int[] responderDeltas, int[] nonResponderDeltas) {
        List<EpisodeInput> episodes = new ArrayList<>();
        for (int delta : responderDeltas) {
            episodes.add(reference(complaint, delta, true));
        }
        for (int delta : nonResponderDeltas) {
            episodes.add(reference(complaint, delta, false));
        }
        return episodes;
    }

    private static int[] repeat(int value, int times) {
        int[] values = new int[times];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static int[] concat(int[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToInt(java.util.Arrays::stream).toArray();
    }

    private static ToleranceBound boundAtTwo(ExpectedCurves curves, Complaint complaint) {
        return curves.boundAt(Measure.NPRS, complaint, BaselineBand.SEVERE, 2);
    }

    @Test
    void boundIsTheHighestSensitivityWithAtLeastEightyPercentSpecificity() {
        // responders Δ₂: 0 1 1 2 2 2 3 3 4 5; non-responders: five −1, ten 0, five 1
        int[] responders = { 0, 1, 1, 2, 2, 2, 3, 3, 4, 5 };
        int[] nonResponders = concat(repeat(-1, 5), repeat(0, 10), repeat(1, 5));
        ExpectedCurves curves = ExpectedCurves.from(group(BACK, responders, nonResponders));
        ToleranceBound bound = boundAtTwo(curves, BACK);
        // v = 1 keeps 9 of 10 responders (90 %) and flags 15 of 20; v = 2 keeps only 7 (70 %)
        assertThat(bound.value()).isEqualTo(1.0);
        assertThat(bound.source()).isEqualTo(BoundSource.COMPLAINT_AND_BAND);
        assertThat(bound.groupSize()).isEqualTo(30);
        assertThat(bound.responders()).isEqualTo(10);
        assertThat(bound.nonResponders()).isEqualTo(20);
        assertThat(bound.sensitivity()).isEqualTo(0.75);
        assertThat(bound.specificity()).isEqualTo(0.9);
        assertThat(bound.isBelow(0.0)).isTrue();
        assertThat(bound.isBelow(1.0)).isFalse(); // strictly below
    }

    @Test
    void specificityOfExactlyEightyPercentIsEnough() {
        // v = 2 keeps 8 of 10 responders: 5 × 8 = 40 = 4 × 10
        int[] responders = { 0, 1, 2, 2, 2, 2, 2, 2, 2, 2 };
        ExpectedCurves curves = ExpectedCurves.from(group(BACK, responders, repeat(1, 20)));
        assertThat(boundAtTwo(curves, BACK).value()).isEqualTo(2.0);
        assertThat(boundAtTwo(curves, BACK).specificity()).isEqualTo(0.8);
    }

    @Test
    void onTiesTheSmallestValueWins() {
        // v = 2 and v = 3 both flag all 20 non-responders with specificity ≥ 80 %: take 2
        int[] responders = concat(new int[] { 2 }, repeat(3, 9));
        int[] nonResponders = concat(repeat(0, 10), repeat(1, 10));
        ToleranceBound bound = boundAtTwo(ExpectedCurves.from(group(BACK, responders, nonResponders)), BACK);
        assertThat(bound.value()).isEqualTo(2.0);
        assertThat(bound.sensitivity()).isEqualTo(1.0);
        assertThat(bound.specificity()).isEqualTo(1.0);
    }

    @Test
    void expectedBandIsTheInterquartileRangeOfRespondersAsNumpyComputesIt() {
        // numpy.percentile([0,1,1,2,2,2,3,3,4,5], [25, 75]) == [1.25, 3.0]
        int[] responders = { 0, 1, 1, 2, 2, 2, 3, 3, 4, 5 };
        ToleranceBound bound = boundAtTwo(ExpectedCurves.from(group(BACK, responders, repeat(0, 20))), BACK);
        assertThat(bound.expectedLow()).isEqualTo(1.25);
        assertThat(bound.expectedHigh()).isEqualTo(3.0);
    }

    @Test
    void percentilesInterpolateLikeNumpy() {
        // numpy.percentile([0.5, 1.0, 1.5, 2.5, 4.0, 2/3], [25, 75]) == [0.75, 2.25]
        double[] sorted = { 0.5, 2.0 / 3, 1.0, 1.5, 2.5, 4.0 };
        assertThat(Percentiles.of(sorted, 6, 25)).isCloseTo(0.75, within(1e-12));
        assertThat(Percentiles.of(sorted, 6, 75)).isCloseTo(2.25, within(1e-12));
        assertThat(Percentiles.of(new double[] { 2.0 }, 1, 25)).isEqualTo(2.0);
    }

    @Test
    void groupNeedsThirtyContributions() {
        ExpectedCurves curves = ExpectedCurves.from(group(BACK, repeat(2, 10), repeat(0, 19)));
        assertThat(boundAtTwo(curves, BACK).source()).isEqualTo(BoundSource.DEFAULT);
        curves = ExpectedCurves.from(group(BACK, repeat(2, 10), repeat(0, 20)));
        assertThat(boundAtTwo(curves, BACK).source()).isEqualTo(BoundSource.COMPLAINT_AND_BAND);
    }

    @Test
    void groupNeedsTenRespondersAndTenNonResponders() {
        assertThat(boundAtTwo(ExpectedCurves.from(group(BACK, repeat(2, 9), repeat(0, 30))), BACK).source())
                .isEqualTo(BoundSource.DEFAULT);
        assertThat(boundAtTwo(ExpectedCurves.from(group(BACK, repeat(2, 30), repeat(0, 9))), BACK).source())
                .isEqualTo(BoundSource.DEFAULT);
        assertThat(boundAtTwo(ExpectedCurves.from(group(BACK, repeat(2, 20), repeat(0, 10))), BACK).source())
                .isEqualTo(BoundSource.COMPLAINT_AND_BAND);
    }

    @Test
    void fallsBackToTheBandAcrossComplaints() {
        List<EpisodeInput> reference = new ArrayList<>(group(Complaint.NECK_PAIN, repeat(2, 10), repeat(0, 10)));
        reference.addAll(group(Complaint.SHOULDER, repeat(3, 5), repeat(0, 5)));
        ExpectedCurves curves = ExpectedCurves.from(reference);
        ToleranceBound bound = boundAtTwo(curves, BACK);
        assertThat(bound.source()).isEqualTo(BoundSource.BAND);
        assertThat(bound.groupSize()).isEqualTo(30);
        assertThat(bound.responders()).isEqualTo(15);
        // neck pain alone has only 20: also the band group
        assertThat(boundAtTwo(curves, Complaint.NECK_PAIN).source()).isEqualTo(BoundSource.BAND);
    }

    @Test
    void otherBandsAndMeasuresDoNotCount() {
        ExpectedCurves curves = ExpectedCurves.from(group(BACK, repeat(2, 20), repeat(0, 20)));
        assertThat(curves.boundAt(Measure.NPRS, BACK, BaselineBand.MODERATE, 2).source()).isEqualTo(BoundSource.DEFAULT);
        assertThat(curves.boundAt(Measure.PEG, BACK, BaselineBand.SEVERE, 2).source()).isEqualTo(BoundSource.DEFAULT);
        assertThat(curves.boundAt(Measure.NPRS, BACK, BaselineBand.SEVERE, 3).source()).isEqualTo(BoundSource.DEFAULT);
    }

    @Test
    void defaultBoundFlagsNoImprovementFromTheThirdVisitOnly() {
        ExpectedCurves none = ExpectedCurves.none();
        ToleranceBound second = none.boundAt(Measure.NPRS, BACK, BaselineBand.SEVERE, 2);
        ToleranceBound third = none.boundAt(Measure.NPRS, BACK, BaselineBand.SEVERE, 3);
        assertThat(second.isBelow(-3)).isFalse();
        assertThat(third.isBelow(0)).isTrue();
        assertThat(third.isBelow(0.5)).isFalse();
        assertThat(none.boundAt(Measure.PSFS, BACK, BaselineBand.MILD, 12).isBelow(0)).isTrue();
        assertThat(third.hasValue()).isFalse();
        assertThat(third.hasExpectedBand()).isFalse();
    }

    @Test
    void lastScoreDoesNotContributeAndSingleScoresAreSkipped() {
        List<EpisodeInput> reference = new ArrayList<>(times(30, nprs(8)));
        reference.addAll(times(15, nprs(8, 8)));
        reference.addAll(times(15, nprs(8, 2)));
        ExpectedCurves curves = ExpectedCurves.from(reference);
        assertThat(boundAtTwo(curves, BACK).source()).isEqualTo(BoundSource.DEFAULT);
        assertThat(curves.referenceEpisodes()).isEqualTo(30);
    }

    @Test
    void belowAFittedBoundAtTwoVisitsInARowRefers() {
        // responders improve by 2 at k = 2 and 3 at k = 3; non-responders not at all
        List<EpisodeInput> reference = new ArrayList<>(times(20, nprs(7, 5, 4, 3)));
        reference.addAll(times(20, nprs(7, 7, 7, 7)));
        ExpectedCurves curves = ExpectedCurves.from(reference);

        Evaluation second = EpisodeEvaluator.evaluate(nprs(7, 6), curves);
        assertThat(second.status()).isEqualTo(Status.NOT_ON_TRACK);
        assertThat(second.recommendation()).isEqualTo(Recommendation.REVIEW);
        assertThat(second.lowerBound()).isEqualTo(2.0);
        assertThat(second.boundSource()).isEqualTo(BoundSource.COMPLAINT_AND_BAND);
        assertThat(second.reasons().get(0).text()).contains("at least 2 points");

        Evaluation third = EpisodeEvaluator.evaluate(nprs(7, 6, 6), curves);
        assertThat(third.status()).isEqualTo(Status.NOT_ON_TRACK);
        assertThat(third.recommendation()).isEqualTo(Recommendation.REFER);
        assertThat(third.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BELOW_EXPECTED_TWICE);
        assertThat(third.lowerBound()).isEqualTo(3.0);

        assertThat(EpisodeEvaluator.evaluate(nprs(7, 5, 6), curves).recommendation())
                .isEqualTo(Recommendation.REVIEW); // on track at k = 2, below at k = 3
        assertThat(EpisodeEvaluator.evaluate(nprs(7, 5), curves).status()).isEqualTo(Status.ON_TRACK); // Δ₂ = t₂: not below
    }

    @Test
    void invalidReferenceEpisodesAreSkipped() {
        List<EpisodeInput> reference = new ArrayList<>(group(BACK, repeat(2, 20), repeat(0, 20)));
        reference.add(nprs(8, 11, 2));
        assertThat(ExpectedCurves.from(reference).referenceEpisodes()).isEqualTo(40);
    }
}
