package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.clinical.Scenarios.chronicNprsEvery;
import static org.referout.clinical.Scenarios.evaluate;
import static org.referout.clinical.Scenarios.items;
import static org.referout.clinical.Scenarios.nprs;
import static org.referout.clinical.Scenarios.v;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** R4.4: every code has a plain sentence with the numbers. */
class ReasonTests {

    private static String text(Evaluation evaluation, ReasonCode code) {
        return evaluation.reasons().stream().filter(r -> r.code() == code).findFirst().orElseThrow().text();
    }

    @Test
    void everyCodeIsProducedWithASentence() {
        List<EpisodeInput> scenarios = List.of(nprs(7), nprs(1, 1), nprs(5, 7), nprs(5, 7, 7), nprs(7, 4, 1),
                nprs(7, 4), nprs(8, 5, 4, 4), nprs(7, 7, 7, 7), nprs(7, 7, 7, 7, 7, 7), nprs(7, 6, 7), nprs(7, 6),
                nprs(7, 6).withRedFlags(List.of(RedFlag.NIGHT_PAIN)));
        Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
        for (EpisodeInput scenario : scenarios) {
            for (Reason reason : evaluate(scenario).reasons()) {
                seen.add(reason.code());
                assertThat(reason.text()).matches(".*\\d.*|Red flag: .*").endsWith(".");
            }
        }
        seen.add(ReasonCode.BELOW_EXPECTED_TWICE); // needs fitted curves: ExpectedCurvesTests
        assertThat(seen).containsExactlyInAnyOrder(ReasonCode.values());
    }

    @Test
    void sameAsTheFirstVisitReadsLikeTheSpecification() {
        assertThat(text(evaluate(nprs(7, 6, 7)), ReasonCode.BELOW_EXPECTED)).isEqualTo(
                "Pain is 7/10, the same as at the first visit, after 3 visits. Most clients improve at least a "
                        + "little by the third scored visit. Review the plan with the client.");
    }

    @Test
    void improvementNamesPointsAndBaseline() {
        assertThat(text(evaluate(nprs(7, 4)), ReasonCode.IMPORTANT_IMPROVEMENT)).isEqualTo(
                "Pain is 4/10, 3 points better than at the first visit (7/10), after 2 visits: an important "
                        + "improvement. Continue.");
    }

    @Test
    void meansAreShownToOneDecimal() {
        assertThat(text(evaluate(items(Measure.PEG, v(7, 6, 6), v(6, 6, 6))), ReasonCode.EXPECTED_PROGRESS))
                .startsWith("Pain and interference (PEG) is 6/10, 0.3 points better than at the first visit (6.3/10)");
    }

    @Test
    void trialOfCareNamesTheDaysForChronicComplaints() {
        assertThat(text(evaluate(chronicNprsEvery(14, 7, 7, 7, 7)), ReasonCode.TRIAL_OF_CARE_ENDED))
                .contains("after 4 visits over 42 days");
    }

    @Test
    void noRoomSuggestsAnotherMeasure() {
        assertThat(text(evaluate(nprs(1, 0)), ReasonCode.BASELINE_NO_ROOM)).isEqualTo(
                "Pain was 1/10 at the first visit: too low to show an important improvement of 2 points. "
                        + "Follow another measure, such as the client's chosen activities (PSFS).");
    }
}
