package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.clinical.Recommendation.CONTINUE;
import static org.referout.clinical.Recommendation.DISCHARGE;
import static org.referout.clinical.Recommendation.REFER;
import static org.referout.clinical.Recommendation.REVIEW;
import static org.referout.clinical.Scenarios.chronicNprsEvery;
import static org.referout.clinical.Scenarios.evaluate;
import static org.referout.clinical.Scenarios.items;
import static org.referout.clinical.Scenarios.nprs;
import static org.referout.clinical.Scenarios.v;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every row of R4.1, in order; the first rule that matches decides. */
class EpisodeEvaluatorTests {

    private static void assertVerdict(Evaluation evaluation, Status status, Recommendation recommendation,
                                      ReasonCode reason) {
        assertThat(evaluation.status()).isEqualTo(status);
        assertThat(evaluation.recommendation()).isEqualTo(recommendation);
        assertThat(evaluation.reasons()).extracting(Reason::code).contains(reason);
    }

    // rule 1
    @Test
    void baselineOnlyIsInsufficientData() {
        Evaluation evaluation = evaluate(nprs(7));
        assertVerdict(evaluation, Status.INSUFFICIENT_DATA, CONTINUE, ReasonCode.BASELINE_ONLY);
        assertThat(evaluation.colour()).isEqualTo(Colour.GREY);
        assertThat(evaluation.scoredVisits()).isEqualTo(1);
    }

    @Test
    void baselineWithNoRoomIsInsufficientDataEvenWhenItImproves() {
        Evaluation evaluation = evaluate(nprs(1, 0, 0, 0, 0, 0));
        assertVerdict(evaluation, Status.INSUFFICIENT_DATA, CONTINUE, ReasonCode.BASELINE_NO_ROOM);
        assertThat(evaluation.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BASELINE_NO_ROOM);
    }

    @Test
    void baselineWithNoRoomStillDeteriorates() {
        Evaluation evaluation = evaluate(nprs(1, 3));
        assertVerdict(evaluation, Status.DETERIORATING, REVIEW, ReasonCode.DETERIORATED);
        assertThat(evaluation.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.BASELINE_NO_ROOM, ReasonCode.DETERIORATED);
    }

    // rule 2
    @Test
    void deteriorationOnceIsReview() {
        assertVerdict(evaluate(nprs(5, 7)), Status.DETERIORATING, REVIEW, ReasonCode.DETERIORATED);
        assertVerdict(evaluate(nprs(5, 8)), Status.DETERIORATING, REVIEW, ReasonCode.DETERIORATED);
        assertVerdict(evaluate(nprs(5, 5, 7)), Status.DETERIORATING, REVIEW, ReasonCode.DETERIORATED);
    }

    @Test
    void deteriorationOfTwiceTheThresholdRefers() {
        assertVerdict(evaluate(nprs(5, 9)), Status.DETERIORATING, REFER, ReasonCode.DETERIORATED);
        assertVerdict(evaluate(items(Measure.PSFS, v(6, 6), v(2, 2))), Status.DETERIORATING, REFER,
                ReasonCode.DETERIORATED);
        assertVerdict(evaluate(items(Measure.PSFS, v(6, 6), v(2, 3))), Status.DETERIORATING, REVIEW,
                ReasonCode.DETERIORATED);
    }

    @Test
    void deterioratingAtTwoVisitsInARowRefers() {
        Evaluation evaluation = evaluate(nprs(5, 7, 7));
        assertVerdict(evaluation, Status.DETERIORATING, REFER, ReasonCode.DETERIORATED_TWICE);
        assertThat(evaluation.colour()).isEqualTo(Colour.RED);
        assertThat(evaluation.providerTypes()).first().isEqualTo(ProviderType.FAMILY_PHYSICIAN);
    }

    // rule 3
    @Test
    void importantImprovementIntoTheRecoveredRangeDischarges() {
        Evaluation evaluation = evaluate(nprs(7, 4, 1));
        assertVerdict(evaluation, Status.RECOVERED, DISCHARGE, ReasonCode.RECOVERED);
        assertThat(evaluation.colour()).isEqualTo(Colour.GREEN);
    }

    // rule 4
    @Test
    void stalledAfterAnImportantImprovementIsAPlateauForReview() {
        assertVerdict(evaluate(nprs(8, 5, 4, 4)), Status.PLATEAU, REVIEW, ReasonCode.STALLED_AFTER_IMPROVEMENT);
    }

    @Test
    void stillMovingByTheMcidIsNotStalled() {
        assertVerdict(evaluate(nprs(8, 5, 4, 3)), Status.IMPROVING, CONTINUE, ReasonCode.IMPORTANT_IMPROVEMENT);
    }

    @Test
    void notStalledWhenTheImprovementWasNotImportantTwoVisitsAgo() {
        assertVerdict(evaluate(nprs(8, 7, 5, 5)), Status.IMPROVING, CONTINUE, ReasonCode.IMPORTANT_IMPROVEMENT);
    }

    @Test
    void notStalledBeforeTheFourthVisit() {
        assertVerdict(evaluate(nprs(8, 5, 5)), Status.IMPROVING, CONTINUE, ReasonCode.IMPORTANT_IMPROVEMENT);
    }

    // rule 5
    @Test
    void importantImprovementIsImproving() {
        Evaluation evaluation = evaluate(nprs(7, 4));
        assertVerdict(evaluation, Status.IMPROVING, CONTINUE, ReasonCode.IMPORTANT_IMPROVEMENT);
        assertThat(evaluation.importantImprovement()).isTrue();
    }

    // rule 6
    @Test
    void plateauAfterFourVisitsRecommendsReview() {
        assertVerdict(evaluate(nprs(7, 7, 6, 6)), Status.PLATEAU, REVIEW, ReasonCode.NO_IMPORTANT_IMPROVEMENT);
        assertVerdict(evaluate(nprs(7, 7, 6, 6, 6)), Status.PLATEAU, REVIEW, ReasonCode.NO_IMPORTANT_IMPROVEMENT);
    }

    @Test
    void plateauAtSixVisitsRefersWhenNotChronic() {
        Evaluation evaluation = evaluate(nprs(7, 7, 6, 6, 6, 7));
        assertVerdict(evaluation, Status.PLATEAU, REFER, ReasonCode.TRIAL_OF_CARE_ENDED);
        assertThat(evaluation.providerTypes()).containsExactly(ProviderType.PHYSICAL_THERAPIST,
                ProviderType.CHIROPRACTOR, ProviderType.FAMILY_PHYSICIAN, ProviderType.MASSAGE_THERAPIST);
    }

    @Test
    void chronicPlateauRefersAtEightVisits() {
        assertVerdict(evaluate(chronicNprsEvery(5, 7, 7, 7, 7, 7, 7, 7)), Status.PLATEAU, REVIEW,
                ReasonCode.NO_IMPORTANT_IMPROVEMENT);
        assertVerdict(evaluate(chronicNprsEvery(5, 7, 7, 7, 7, 7, 7, 7, 7)), Status.PLATEAU, REFER,
                ReasonCode.TRIAL_OF_CARE_ENDED);
    }

    @Test
    void chronicPlateauRefersAfterFortyTwoDaysFromTheFourthVisit() {
        assertVerdict(evaluate(chronicNprsEvery(14, 7, 7, 7, 7)), Status.PLATEAU, REFER,
                ReasonCode.TRIAL_OF_CARE_ENDED); // 42 days: inclusive
        List<Score> scores = List.of(Score.of(1, Scenarios.FIRST_VISIT, Measure.NPRS, 7),
                Score.of(2, Scenarios.FIRST_VISIT.plusDays(14), Measure.NPRS, 7),
                Score.of(3, Scenarios.FIRST_VISIT.plusDays(28), Measure.NPRS, 7),
                Score.of(4, Scenarios.FIRST_VISIT.plusDays(41), Measure.NPRS, 7));
        assertVerdict(evaluate(EpisodeInput.of(Complaint.LOW_BACK_PAIN, true, Measure.NPRS, scores)),
                Status.PLATEAU, REVIEW, ReasonCode.NO_IMPORTANT_IMPROVEMENT);
    }

    // R7.1: without the dates the "42 days" branch of rule 6 cannot hold; the episode is still evaluated, and says so
    @Test
    void chronicPlateauWithoutDatesIsEvaluatedAndSaysTheDaysAreUnknown() {
        List<Score> scores = List.of(Score.of(1, null, Measure.NPRS, 7), Score.of(2, null, Measure.NPRS, 7),
                Score.of(3, null, Measure.NPRS, 7), Score.of(4, null, Measure.NPRS, 7));
        Evaluation evaluation = evaluate(EpisodeInput.of(Complaint.NECK_PAIN, true, Measure.NPRS, scores));
        assertVerdict(evaluation, Status.PLATEAU, REVIEW, ReasonCode.NO_IMPORTANT_IMPROVEMENT);
        assertThat(evaluation.reasons().get(0).text()).isEqualTo("Pain is 7/10, the same as at the first visit,"
                + " after 4 visits: no important improvement yet (that needs at least 2 points and 30 %)."
                + " The days since the first visit are not known (a visit has no date), so the six weeks of a trial"
                + " of care cannot be counted. Review the plan with the client.");
    }

    @Test
    void chronicPlateauWithOnlyTheLatestDateMissingIsEvaluatedToo() {
        List<Score> scores = List.of(Score.of(1, Scenarios.FIRST_VISIT, Measure.NPRS, 7),
                Score.of(2, Scenarios.FIRST_VISIT.plusDays(30), Measure.NPRS, 7),
                Score.of(3, Scenarios.FIRST_VISIT.plusDays(60), Measure.NPRS, 7), Score.of(4, null, Measure.NPRS, 7));
        Evaluation evaluation = evaluate(EpisodeInput.of(Complaint.NECK_PAIN, true, Measure.NPRS, scores));
        assertVerdict(evaluation, Status.PLATEAU, REVIEW, ReasonCode.NO_IMPORTANT_IMPROVEMENT);
        assertThat(evaluation.reasons().get(0).text()).contains("The days since the first visit are not known");
        // with the dates, the same scores end the trial of care
        assertVerdict(evaluate(chronicNprsEvery(14, 7, 7, 7, 7)), Status.PLATEAU, REFER, ReasonCode.TRIAL_OF_CARE_ENDED);
        assertThat(evaluate(chronicNprsEvery(7, 7, 7, 7, 7)).reasons().get(0).text()).doesNotContain("not known");
    }

    @Test
    void datesAreNotNeededOutsideRuleSix() {
        List<Score> scores = List.of(Score.of(1, null, Measure.NPRS, 7), Score.of(2, null, Measure.NPRS, 7));
        assertThat(evaluate(EpisodeInput.of(Complaint.NECK_PAIN, true, Measure.NPRS, scores)).status())
                .isEqualTo(Status.ON_TRACK);
    }

    // rule 7 with the default bound (R4.3): k = 2 nothing, k ≥ 3 Δ ≤ 0
    @Test
    void noImprovementAtTheThirdVisitIsNotOnTrack() {
        Evaluation evaluation = evaluate(nprs(7, 6, 7));
        assertVerdict(evaluation, Status.NOT_ON_TRACK, REVIEW, ReasonCode.BELOW_EXPECTED);
        assertThat(evaluation.boundSource()).isEqualTo(BoundSource.DEFAULT);
        assertThat(evaluation.lowerBound()).isNull();
        assertThat(evaluation.colour()).isEqualTo(Colour.AMBER);
        assertVerdict(evaluate(nprs(7, 7, 8)), Status.NOT_ON_TRACK, REVIEW, ReasonCode.BELOW_EXPECTED);
    }

    @Test
    void nothingIsBelowTheDefaultBoundAtTheSecondVisit() {
        assertVerdict(evaluate(nprs(7, 8)), Status.ON_TRACK, CONTINUE, ReasonCode.EXPECTED_PROGRESS);
    }

    // rule 8
    @Test
    void someImprovementIsOnTrack() {
        Evaluation evaluation = evaluate(nprs(7, 6, 6));
        assertVerdict(evaluation, Status.ON_TRACK, CONTINUE, ReasonCode.EXPECTED_PROGRESS);
        assertThat(evaluation.colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void reportsTheNumbersOfR72() {
        Evaluation evaluation = evaluate(nprs(7, 6));
        assertThat(evaluation.baseline()).isEqualTo(7);
        assertThat(evaluation.latest()).isEqualTo(6);
        assertThat(evaluation.improvement()).isEqualTo(1);
        assertThat(evaluation.improvementPercent()).isEqualTo(14.29);
        assertThat(evaluation.rci()).isBetween(0.69, 0.70);
        assertThat(evaluation.reliableChange()).isFalse();
        assertThat(evaluation.primaryMeasure()).isEqualTo(Measure.NPRS);
        assertThat(evaluation.redFlagLevel()).isNull();
        assertThat(evaluation.providerTypes()).isEmpty();
    }

    @Test
    void psfsImprovementIsLatestMinusBaseline() {
        Evaluation evaluation = evaluate(items(Measure.PSFS, v(3, 4, 2), v(6, 6, 3)));
        assertThat(evaluation.improvement()).isEqualTo(2.0);
        assertThat(evaluation.improvementPercent()).isEqualTo(66.67);
        assertThat(evaluation.status()).isEqualTo(Status.IMPROVING);
    }

    @Test
    void zeroBaselineHasNoPercent() {
        assertThat(evaluate(nprs(0, 3)).improvementPercent()).isNull();
    }

    @Test
    void grocIsReportedButNeverDecides() {
        List<Score> scores = List.of(Score.of(1, null, Measure.NPRS, 7), Score.of(2, null, Measure.NPRS, 7),
                Score.of(2, null, Measure.GROC, 7));
        Evaluation evaluation = evaluate(EpisodeInput.of(Complaint.NECK_PAIN, false, Measure.NPRS, scores));
        assertThat(evaluation.latestGroc()).isEqualTo(7);
        assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void redFlagRaisesTheRecommendationButNotTheStatus() {
        Evaluation evaluation = evaluate(nprs(7, 6).withRedFlags(List.of(RedFlag.NIGHT_PAIN)));
        assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluation.trajectoryRecommendation()).isEqualTo(CONTINUE);
        assertThat(evaluation.recommendation()).isEqualTo(REFER);
        assertThat(evaluation.redFlagLevel()).isEqualTo(REFER);
        assertThat(evaluation.colour()).isEqualTo(Colour.RED);
        assertThat(evaluation.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.RED_FLAG, ReasonCode.EXPECTED_PROGRESS);
        assertThat(evaluation.providerTypes()).first().isEqualTo(ProviderType.FAMILY_PHYSICIAN);
    }

    @Test
    void theMoreSevereRecommendationWins() {
        Evaluation evaluation = evaluate(nprs(7, 7, 7, 7, 7, 7).withRedFlags(List.of(RedFlag.DVT_SIGNS)));
        assertThat(evaluation.trajectoryRecommendation()).isEqualTo(REFER);
        assertThat(evaluation.recommendation()).isEqualTo(Recommendation.REFER_EMERGENCY);
        assertThat(evaluation.providerTypes()).containsExactly(ProviderType.EMERGENCY_PHYSICIAN);
    }

    @Test
    void chartHasEveryScoredVisitWithItsImprovementAndBound() {
        ProgressChart chart = EpisodeEvaluator.chart(nprs(7, 6, 7), ExpectedCurves.none());
        assertThat(chart.points()).extracting(ChartPoint::improvement).containsExactly(0.0, 1.0, 0.0);
        assertThat(chart.points()).extracting(ChartPoint::isBelowBound).containsExactly(false, false, true);
        assertThat(chart.importantImprovementLine()).isCloseTo(2.1, org.assertj.core.api.Assertions.within(1e-9));
    }
}
