package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.clinical.ProviderType;
import org.referout.clinical.Recommendation;
import org.referout.episode.EpisodeId;

/** R5 over stored answers and clearances: levels, the combination rule, clearing and raising again. No Spring. */
class FlagScreenTests {

    static final EpisodeId EPISODE = new EpisodeId(1);
    static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    final List<RedFlagRepository.Answer> answers = new ArrayList<>();
    final List<RedFlagRepository.Clearance> clearances = new ArrayList<>();

    void yes(String code, int day) {
        answers.add(new RedFlagRepository.Answer(code, true, MONDAY.plusDays(day), AnswerSource.INTAKE));
    }

    void no(String code, int day) {
        answers.add(new RedFlagRepository.Answer(code, false, MONDAY.plusDays(day), AnswerSource.PRE_VISIT));
    }

    void cleared(String code, int day) {
        clearances.add(new RedFlagRepository.Clearance(code, "Seen by GP", "Dr Therapist", MONDAY.plusDays(day)));
    }

    FlagScreen screen() {
        return RedFlags.evaluate(EPISODE, answers, clearances);
    }

    @Test
    void noYesAnswersMeanNoLevelAndNoBlock() {
        no("SADDLE_NUMBNESS", 0);
        no("NIGHT_PAIN", 0);
        assertThat(screen().positive()).isFalse();
        assertThat(screen().blocksTreatment()).isFalse();
    }

    @Test
    void saddleNumbnessIsAnEmergencyThatSendsToTheEmergencyDepartment() {
        yes("SADDLE_NUMBNESS", 0);
        no("NIGHT_PAIN", 0);
        FlagScreen screen = screen();
        assertThat(screen.level()).isEqualTo(Recommendation.REFER_EMERGENCY);
        assertThat(screen.blocksTreatment()).isTrue();
        assertThat(screen.advice().providerTypes()).containsExactly(ProviderType.EMERGENCY_PHYSICIAN);
        assertThat(screen.flags()).extracting(ActiveFlag::code).containsExactly("SADDLE_NUMBNESS");
        assertThat(screen.reasons()).hasSize(1);
    }

    @Test
    void chestPainSaysCallEmergencyServicesNow() {
        yes("CHEST_PAIN_OR_BREATHLESSNESS", 0);
        assertThat(screen().advice().reason()).contains("Call emergency services now");
    }

    @Test
    void weightLossIsUrgentAndBlocksTreatmentAndAdvisesThePhysicianFirst() {
        yes("UNEXPLAINED_WEIGHT_LOSS", 0);
        FlagScreen screen = screen();
        assertThat(screen.level()).isEqualTo(Recommendation.REFER_URGENT);
        assertThat(screen.blocksTreatment()).isTrue();
        assertThat(screen.advice().nuccCodes()).startsWith("207Q00000X", "207R00000X");
    }

    @Test
    void oneReferFlagIsReferAndTreatmentMayContinue() {
        yes("NIGHT_PAIN", 0);
        FlagScreen screen = screen();
        assertThat(screen.level()).isEqualTo(Recommendation.REFER);
        assertThat(screen.raisedByCombination()).isFalse();
        assertThat(screen.blocksTreatment()).isFalse();
        assertThat(screen.colour()).isEqualTo("AMBER");
    }

    @Test
    void twoReferFlagsTogetherAreUrgent() {
        yes("NIGHT_PAIN", 0);
        yes("LIMB_NUMBNESS_OR_TINGLING", 0);
        FlagScreen screen = screen();
        assertThat(screen.level()).isEqualTo(Recommendation.REFER_URGENT);
        assertThat(screen.raisedByCombination()).isTrue();
        assertThat(screen.blocksTreatment()).isTrue();
    }

    @Test
    void theMostSevereFlagDecidesAndOrdersTheList() {
        yes("NIGHT_PAIN", 0);
        yes("SIGNIFICANT_TRAUMA", 0);
        yes("DVT_SIGNS", 0);
        FlagScreen screen = screen();
        assertThat(screen.level()).isEqualTo(Recommendation.REFER_EMERGENCY);
        assertThat(screen.flags()).extracting(ActiveFlag::code)
            .containsExactly("DVT_SIGNS", "SIGNIFICANT_TRAUMA", "NIGHT_PAIN");
    }

    @Test
    void aLaterNoDoesNotClearAYesOnlyATherapistsClearanceDoes() {
        yes("NIGHT_PAIN", 0);
        no("NIGHT_PAIN", 7);
        assertThat(screen().level()).isEqualTo(Recommendation.REFER);
        assertThat(screen().flags()).singleElement().satisfies(flag -> assertThat(flag.answeredAt()).isEqualTo(MONDAY));
        cleared("NIGHT_PAIN", 8);
        assertThat(screen().positive()).isFalse();
    }

    @Test
    void aClearedFlagNoLongerCountsAndIsListedWithItsNote() {
        yes("UNEXPLAINED_WEIGHT_LOSS", 0);
        cleared("UNEXPLAINED_WEIGHT_LOSS", 3);
        FlagScreen screen = screen();
        assertThat(screen.positive()).isFalse();
        assertThat(screen.cleared()).extracting(ClearedFlag::note).containsExactly("Seen by GP");
    }

    @Test
    void clearingOneOfTwoReferFlagsUndoesTheCombination() {
        yes("NIGHT_PAIN", 0);
        yes("LIMB_NUMBNESS_OR_TINGLING", 0);
        cleared("NIGHT_PAIN", 1);
        assertThat(screen().level()).isEqualTo(Recommendation.REFER);
    }

    @Test
    void aYesAfterTheClearanceRaisesTheFlagAgain() {
        yes("SADDLE_NUMBNESS", 0);
        cleared("SADDLE_NUMBNESS", 1);
        yes("SADDLE_NUMBNESS", 8);
        assertThat(screen().level()).isEqualTo(Recommendation.REFER_EMERGENCY);
    }
}
