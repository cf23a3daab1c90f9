package org.referout.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.clinical.Measure;
import org.referout.web.FieldProblem;

/** CLINICAL.md R1 / R7.4 for entered scores: no Spring, milliseconds. */
class ScoreValidationTests {

    static final List<String> THREE_ACTIVITIES = List.of("Lift my toddler", "Sit through a film", "Garden");

    static ScoreInput value(String measure, String value) {
        return new ScoreInput(measure, value == null ? null : new BigDecimal(value), null);
    }

    static ScoreInput items(String measure, int... values) {
        var list = new ArrayList<BigDecimal>();
        for (int v : values) {
            list.add(BigDecimal.valueOf(v));
        }
        return new ScoreInput(measure, null, list);
    }

    static List<String> problems(List<ScoreInput> inputs, boolean earlierScoredVisit) {
        var problems = new ArrayList<FieldProblem>();
        ScoreValidation.check(inputs, THREE_ACTIVITIES, earlierScoredVisit, problems);
        return problems.stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void validScoresOfEveryMeasureAreAccepted() {
        var problems = new ArrayList<FieldProblem>();
        List<Score> scores = ScoreValidation.check(List.of(value("NPRS", "7"), items("PSFS", 3, 4, 2),
                items("PEG", 6, 5, 5), value("GROC", "-7")), THREE_ACTIVITIES, true, problems);

        assertThat(problems).isEmpty();
        assertThat(scores).containsExactly(Score.single(Measure.NPRS, 7), Score.items(Measure.PSFS, List.of(3, 4, 2)),
                Score.items(Measure.PEG, List.of(6, 5, 5)), Score.single(Measure.GROC, -7));
        assertThat(scores.get(2).score()).isEqualTo(16.0 / 3);
    }

    @Test
    void outOfRangeValueNamesFieldValueAndMeasure() {
        assertThat(problems(List.of(value("NPRS", "11")), false))
            .containsExactly("scores[0].value: 11 is outside 0..10 for NPRS");
        assertThat(problems(List.of(value("NPRS", "7"), value("GROC", "8")), true))
            .containsExactly("scores[1].value: 8 is outside -7..7 for GROC");
        assertThat(problems(List.of(items("PSFS", 3, -1, 2)), false))
            .containsExactly("scores[0].items[1]: -1 is outside 0..10 for PSFS");
    }

    @Test
    void nonIntegerAndMissingValuesAreRejected() {
        assertThat(problems(List.of(value("NPRS", "7.5")), false))
            .containsExactly("scores[0].value: 7.5 is not a whole number for NPRS");
        assertThat(problems(List.of(value("NPRS", "7.0")), false)).isEmpty();
        assertThat(problems(List.of(value("NPRS", null)), false))
            .containsExactly("scores[0].value: is required for NPRS");
    }

    @Test
    void unknownOrMissingMeasureIsRejected() {
        assertThat(problems(List.of(value("PROMIS", "3")), false))
            .containsExactly("scores[0].measure: PROMIS is not a known measure (NPRS, PSFS, PEG or GROC)");
        assertThat(problems(List.of(value(null, "3")), false))
            .containsExactly("scores[0].measure: is required (NPRS, PSFS, PEG or GROC)");
    }

    @Test
    void psfsItemCountIsFixedToTheEpisodesActivities() {
        assertThat(problems(List.of(items("PSFS", 3, 4)), false))
            .containsExactly("scores[0].items: PSFS needs 3 items, one per activity of this episode, got 2");
        var problems = new ArrayList<FieldProblem>();
        ScoreValidation.check(List.of(items("PSFS", 3)), List.of(), false, problems);
        assertThat(problems).extracting(FieldProblem::message).containsExactly("this episode has no PSFS activities");
    }

    @Test
    void pegNeedsExactlyThreeItems() {
        assertThat(problems(List.of(items("PEG", 3, 4, 5, 6)), false))
            .containsExactly("scores[0].items: PEG needs exactly 3 items, got 4");
    }

    @Test
    void grocOnlyFromTheSecondScoredVisitOn() {
        assertThat(problems(List.of(value("NPRS", "5"), value("GROC", "2")), false))
            .containsExactly("scores[1].measure: GROC rates change, so it is taken from the second scored visit on");
        assertThat(problems(List.of(value("GROC", "2")), true)).isEmpty();
    }

    @Test
    void aMeasureTwiceOrTheWrongShapeIsRejected() {
        assertThat(problems(List.of(value("NPRS", "5"), value("NPRS", "6")), false))
            .containsExactly("scores[1].measure: NPRS is given twice");
        assertThat(problems(List.of(items("NPRS", 5)), false))
            .containsExactly("scores[0].items: NPRS takes one value, not items");
        assertThat(problems(List.of(value("PEG", "5")), false))
            .containsExactly("scores[0].value: PEG is scored from items, not a value");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems(List.of(value("NPRS", "11"), items("PEG", 11, 2, 12)), false)).containsExactly(
                "scores[0].value: 11 is outside 0..10 for NPRS", "scores[1].items[0]: 11 is outside 0..10 for PEG",
                "scores[1].items[2]: 12 is outside 0..10 for PEG");
    }
}
