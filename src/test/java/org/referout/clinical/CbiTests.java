package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** R9's test vectors, and the shape of the inventory itself. Pure: no Spring. */
class CbiTests {

    @Test
    void personalAllOftenScores75() {
        CbiAnswers answers = CbiAnswers.none();
        for (CbiItem item : CbiItem.of(CbiScale.PERSONAL)) {
            answers = answers.with(item, 75);
        }
        assertThat(Cbi.score(answers).personal().getAsDouble()).isEqualTo(75.0);
    }

    @Test
    void workItemSevenAlwaysIsReversedToZero() {
        CbiAnswers answers = answer(CbiScale.WORK, 75, 75, 75, 50, 50, 50, 100);
        assertThat(Cbi.score(answers).work().getAsDouble()).isCloseTo(53.57, within(0.005));
    }

    @Test
    void clientVectorScores37Point5() {
        CbiAnswers answers = answer(CbiScale.CLIENT, 50, 50, 25, 75, 25, 0);
        assertThat(Cbi.score(answers).client().getAsDouble()).isEqualTo(37.5);
    }

    @Test
    void personalWithTwoAnswersHasNoScore() {
        CbiAnswers answers = CbiAnswers.none().with(CbiItem.PERSONAL_1, 100).with(CbiItem.PERSONAL_2, 50);
        assertThat(Cbi.score(answers).personal()).isEmpty();
    }

    @Test
    void personalWithThreeAnswersIsTheirMean() {
        CbiAnswers answers = CbiAnswers.none().with(CbiItem.PERSONAL_1, 100).with(CbiItem.PERSONAL_3, 50)
            .with(CbiItem.PERSONAL_6, 0);
        assertThat(Cbi.score(answers).personal().getAsDouble()).isEqualTo(50.0);
    }

    @Test
    void workNeedsFourAnswersAndClientThree() {
        CbiAnswers three = answer(CbiScale.WORK, 50, 50, 50);
        assertThat(Cbi.score(three).work()).isEmpty();
        assertThat(Cbi.score(three.with(CbiItem.WORK_4, 100)).work().getAsDouble()).isEqualTo(62.5);
        assertThat(Cbi.score(answer(CbiScale.CLIENT, 25, 25)).client()).isEmpty();
        assertThat(Cbi.score(answer(CbiScale.CLIENT, 25, 25, 100)).client().getAsDouble()).isEqualTo(50.0);
    }

    @Test
    void nothingAnsweredGivesNoScoreAnywhere() {
        CbiScores scores = Cbi.score(CbiAnswers.none());
        assertThat(List.of(scores.personal(), scores.work(), scores.client())).allMatch(s -> s.isEmpty());
    }

    @Test
    void theInventoryHasNineteenItemsInThreeScalesWithOneReversed() {
        assertThat(CbiItem.values()).hasSize(19);
        assertThat(CbiItem.of(CbiScale.PERSONAL)).hasSize(6);
        assertThat(CbiItem.of(CbiScale.WORK)).hasSize(7);
        assertThat(CbiItem.of(CbiScale.CLIENT)).hasSize(6);
        assertThat(List.of(CbiItem.values()).stream().filter(CbiItem::reversed)).containsExactly(CbiItem.WORK_7);
        assertThat(CbiItem.of(CbiScale.PERSONAL)).allMatch(i -> i.answerType() == CbiAnswerType.FREQUENCY);
        assertThat(List.of(CbiItem.WORK_1, CbiItem.WORK_2, CbiItem.WORK_3, CbiItem.CLIENT_1, CbiItem.CLIENT_2,
                CbiItem.CLIENT_3, CbiItem.CLIENT_4)).allMatch(i -> i.answerType() == CbiAnswerType.DEGREE);
        assertThat(CbiItem.CLIENT_6.question())
            .isEqualTo("Do you sometimes wonder how long you will be able to continue working with clients?");
    }

    @Test
    void answersOffTheFivePointScaleAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CbiAnswers.none().with(CbiItem.PERSONAL_1, 60));
        assertThat(CbiAnswerType.FREQUENCY.label(0)).isEqualTo("Never/almost never");
        assertThat(CbiAnswerType.DEGREE.label(100)).isEqualTo("To a very high degree");
    }

    private static CbiAnswers answer(CbiScale scale, int... points) {
        CbiAnswers answers = CbiAnswers.none();
        List<CbiItem> items = CbiItem.of(scale);
        for (int i = 0; i < points.length; i++) {
            answers = answers.with(items.get(i), points[i]);
        }
        return answers;
    }
}
