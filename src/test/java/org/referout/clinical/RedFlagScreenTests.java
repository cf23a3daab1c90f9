package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.clinical.RedFlag.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R5: levels, the combination rule and clearing. */
class RedFlagScreenTests {

    @Test
    void levelsAreAsInTheTable() {
        assertThat(Arrays.stream(values()).filter(f -> f.level() == Recommendation.REFER_EMERGENCY)).containsExactly(
                SADDLE_NUMBNESS, BLADDER_DYSFUNCTION, BOWEL_INCONTINENCE, BILATERAL_LEG_SYMPTOMS, PROGRESSIVE_WEAKNESS,
                FEVER_WITH_SPINAL_PAIN, CANCER_WITH_NEURO_SIGNS, DVT_SIGNS, CHEST_PAIN_OR_BREATHLESSNESS,
                SUDDEN_SEVERE_HEADACHE);
        assertThat(Arrays.stream(values()).filter(f -> f.level() == Recommendation.REFER_URGENT)).containsExactly(
                HISTORY_OF_CANCER_NEW_PAIN, UNEXPLAINED_WEIGHT_LOSS, SYSTEMICALLY_UNWELL, IMMUNOSUPPRESSION_NEW_PAIN,
                LONG_TERM_STEROIDS_NEW_PAIN, OSTEOPOROSIS_NEW_SEVERE_PAIN, SIGNIFICANT_TRAUMA, FIRST_EPISODE_AGE_OVER_60);
        assertThat(Arrays.stream(values()).filter(f -> f.level() == Recommendation.REFER)).containsExactly(
                NIGHT_PAIN, NEW_PAIN_AGE_OVER_50, CONSTANT_PROGRESSIVE_PAIN, LIMB_NUMBNESS_OR_TINGLING);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void everyFlagAsksAPlainQuestionAndCountsAlone(RedFlag flag) {
        assertThat(flag.question()).endsWith("?").doesNotContain("_");
        RedFlagScreening screening = RedFlagScreen.evaluate(List.of(flag), List.of());
        assertThat(screening.level()).isEqualTo(flag.level());
        assertThat(screening.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(ReasonCode.RED_FLAG);
            assertThat(reason.text()).containsIgnoringCase(flag.label());
        });
    }

    @Test
    void saddleNumbnessQuestion() {
        assertThat(SADDLE_NUMBNESS.question()).isEqualTo("Do you have numbness or tingling around your bottom, "
                + "genitals or inner thighs (where you would sit on a saddle)?");
    }

    @Test
    void noFlagsNoLevel() {
        RedFlagScreening screening = RedFlagScreen.evaluate(List.of(), List.of());
        assertThat(screening.hasLevel()).isFalse();
        assertThat(screening.reasons()).isEmpty();
    }

    @Test
    void twoReferFlagsTogetherAreUrgent() {
        RedFlagScreening screening = RedFlagScreen.evaluate(List.of(NIGHT_PAIN, NEW_PAIN_AGE_OVER_50), List.of());
        assertThat(screening.level()).isEqualTo(Recommendation.REFER_URGENT);
        assertThat(screening.combined()).isTrue();
        assertThat(screening.reasons()).hasSize(2);
    }

    @Test
    void theMostSevereFlagDecides() {
        assertThat(RedFlagScreen.evaluate(List.of(NIGHT_PAIN, SADDLE_NUMBNESS), List.of()).level())
                .isEqualTo(Recommendation.REFER_EMERGENCY);
        assertThat(RedFlagScreen.evaluate(List.of(NIGHT_PAIN, UNEXPLAINED_WEIGHT_LOSS), List.of()).level())
                .isEqualTo(Recommendation.REFER_URGENT);
        assertThat(RedFlagScreen.evaluate(List.of(NIGHT_PAIN, NIGHT_PAIN), List.of()).level())
                .isEqualTo(Recommendation.REFER); // one flag named twice is one flag
    }

    @Test
    void clearedFlagsDoNotCount() {
        assertThat(RedFlagScreen.evaluate(List.of(SADDLE_NUMBNESS), List.of(SADDLE_NUMBNESS)).hasLevel()).isFalse();
        RedFlagScreening screening = RedFlagScreen.evaluate(List.of(NIGHT_PAIN, NEW_PAIN_AGE_OVER_50),
                List.of(NEW_PAIN_AGE_OVER_50));
        assertThat(screening.level()).isEqualTo(Recommendation.REFER);
        assertThat(screening.activeFlags()).containsExactly(NIGHT_PAIN);
        assertThat(screening.combined()).isFalse();
    }

    @Test
    void clearingAFlagThatWasNotRaisedChangesNothing() {
        assertThat(RedFlagScreen.evaluate(Set.of(DVT_SIGNS), Set.of(NIGHT_PAIN)).level())
                .isEqualTo(Recommendation.REFER_EMERGENCY);
    }
}
