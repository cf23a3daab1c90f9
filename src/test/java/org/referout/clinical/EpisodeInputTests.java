package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** R1 and R7.4: every cause of bad input names the field and the value. */
class EpisodeInputTests {

    private static String problem(Measure primary, Score... scores) {
        EpisodeInput episode = EpisodeInput.of(Complaint.OTHER, false, primary, List.of(scores));
        return episode.firstProblem().map(InputProblem::toString).orElse(null);
    }

    private static Score nprs(int visit, int value) {
        return Score.of(visit, null, Measure.NPRS, value);
    }

    @Test
    void outOfRangeItem() {
        assertThat(problem(Measure.NPRS, nprs(1, 7), nprs(2, 6), nprs(3, 11)))
                .isEqualTo("scores[2].value: 11 is outside 0..10 for NPRS");
        assertThat(problem(Measure.PEG, Score.ofItems(1, null, Measure.PEG, 1, 2, -1)))
                .isEqualTo("scores[0].items[2]: -1 is outside 0..10 for PEG");
    }

    @Test
    void pegNeedsThreeItems() {
        assertThat(problem(Measure.PEG, Score.ofItems(1, null, Measure.PEG, 1, 2)))
                .isEqualTo("scores[0].items: PEG needs exactly 3 items, got 2");
    }

    @Test
    void psfsItemCountMayNotChange() {
        assertThat(problem(Measure.PSFS, Score.ofItems(1, null, Measure.PSFS, 3, 4, 2),
                Score.ofItems(2, null, Measure.PSFS, 5, 5)))
                .isEqualTo("scores[1].items: 2 activities, but the first PSFS score rated 3");
    }

    @Test
    void visitsMustIncreasePerMeasure() {
        assertThat(problem(Measure.NPRS, nprs(1, 7), nprs(1, 6)))
                .isEqualTo("scores[1].visit: 1 is not after visit 1 of the previous NPRS score");
        assertThat(problem(Measure.NPRS, nprs(0, 7))).isEqualTo("scores[0].visit: 0 is not a positive visit number");
        // the same visit number for two measures is fine
        assertThat(problem(Measure.NPRS, nprs(1, 7), Score.ofItems(1, null, Measure.PSFS, 3))).isNull();
    }

    @Test
    void noScoreOfThePrimaryMeasure() {
        assertThat(problem(Measure.PSFS, nprs(1, 7))).isEqualTo("scores: no score of the primary measure PSFS");
    }

    @Test
    void grocIsNeverPrimaryAndComesFromTheSecondVisitOn() {
        assertThat(problem(Measure.GROC, Score.of(2, null, Measure.GROC, 3)))
                .isEqualTo("primaryMeasure: GROC is secondary and cannot be the primary measure");
        assertThat(problem(Measure.NPRS, nprs(1, 7), Score.of(1, null, Measure.GROC, 3)))
                .isEqualTo("scores[1].visit: GROC is rated from the second visit on, got visit 1");
    }

    @Test
    void evaluatorThrowsWithTheField() {
        EpisodeInput episode = EpisodeInput.of(Complaint.OTHER, false, Measure.NPRS, List.of(nprs(1, 12)));
        assertThatThrownBy(() -> Scenarios.evaluate(episode))
                .isInstanceOfSatisfying(InvalidEpisodeException.class,
                        e -> assertThat(e.problem().field()).isEqualTo("scores[0].value"))
                .hasMessage("scores[0].value: 12 is outside 0..10 for NPRS");
    }
}
