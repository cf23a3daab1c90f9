package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.clinical.ProviderType.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R6: the provider-type table, its trigger order, and every code against the NUCC file. */
class ProviderTypeAdviceTests {

    /** The NUCC file the application ships (a copy of the shared data set's, unchanged). */
    private static final Path NUCC = Path.of("src/main/resources/directory/nucc_taxonomy_251.csv");

    private static RedFlagScreening flags(RedFlag... flags) {
        return RedFlagScreen.evaluate(List.of(flags), List.of());
    }

    private static final RedFlagScreening NO_FLAGS = flags();

    @Test
    void everyCodeExistsInTheNuccTaxonomy() throws IOException {
        Set<String> codes;
        try (var lines = Files.lines(NUCC, StandardCharsets.UTF_8)) {
            codes = lines.skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        }
        assertThat(codes).hasSizeGreaterThan(800);
        for (ProviderType type : ProviderType.values()) {
            assertThat(type.label()).isNotBlank();
            if (type == PHYSICIAN) {
                assertThat(type.nuccCode()).as("any physician: no single code").isNull();
                continue;
            }
            assertThat(codes).as(type + " " + type.nuccCode()).contains(type.nuccCode());
            assertThat(type.covers(type.nuccCode())).as(type + " selects its own code").isTrue();
        }
    }

    @Test
    void emergencyFlagsSendToTheEmergencyDepartment() {
        ProviderTypeAdvice advice = ProviderTypeAdvice.advise(flags(RedFlag.SADDLE_NUMBNESS), Status.IMPROVING,
                Recommendation.CONTINUE, Complaint.LOW_BACK_PAIN);
        assertThat(advice.nuccCodes()).containsExactly("207P00000X");
        assertThat(advice.reason()).contains("emergency department");
    }

    @Test
    void dvtAndChestPainMeanEmergencyServicesNow() {
        assertThat(ProviderTypeAdvice.advise(flags(RedFlag.DVT_SIGNS), Status.ON_TRACK, Recommendation.CONTINUE,
                Complaint.OTHER).reason()).contains("emergency services now");
        assertThat(ProviderTypeAdvice.advise(flags(RedFlag.CHEST_PAIN_OR_BREATHLESSNESS), Status.ON_TRACK,
                Recommendation.CONTINUE, Complaint.OTHER).reason()).contains("emergency services now");
    }

    @Test
    void urgentAndReferFlagsGoToThePhysicianFirst() {
        List<String> expected = List.of("207Q00000X", "207R00000X", "207QS0010X", "2081P2900X", "208100000X");
        assertThat(ProviderTypeAdvice.advise(flags(RedFlag.NIGHT_PAIN), Status.ON_TRACK, Recommendation.CONTINUE,
                Complaint.STRESS_ANXIETY).nuccCodes()).isEqualTo(expected);
        assertThat(ProviderTypeAdvice.advise(flags(RedFlag.SIGNIFICANT_TRAUMA), Status.PLATEAU, Recommendation.REFER,
                Complaint.TMJ).nuccCodes()).isEqualTo(expected);
    }

    @Test
    void trajectoryReferralFollowsTheComplaintRow() {
        assertThat(trajectory(Complaint.NECK_PAIN)).containsExactly(PHYSICAL_THERAPIST, CHIROPRACTOR, FAMILY_PHYSICIAN,
                MASSAGE_THERAPIST);
        assertThat(trajectory(Complaint.HEADACHE)).containsExactly(FAMILY_PHYSICIAN, NEUROLOGIST, PHYSICAL_THERAPIST,
                ACUPUNCTURIST);
        assertThat(trajectory(Complaint.WIDESPREAD_PAIN)).containsExactly(FAMILY_PHYSICIAN, RHEUMATOLOGIST,
                PAIN_MEDICINE_PHYSICIAN, PSYCHOLOGIST, ACUPUNCTURIST);
        assertThat(trajectory(Complaint.STRESS_ANXIETY)).containsExactly(PSYCHOLOGIST, COUNSELLOR, FAMILY_PHYSICIAN);
        assertThat(trajectory(Complaint.TMJ)).containsExactly(DENTIST, PHYSICAL_THERAPIST);
        assertThat(trajectory(Complaint.PREGNANCY)).containsExactly(OBSTETRICIAN, NURSE_MIDWIFE, PHYSICAL_THERAPIST);
        assertThat(trajectory(Complaint.OTHER)).containsExactly(FAMILY_PHYSICIAN, PHYSICAL_THERAPIST);
    }

    @ParameterizedTest
    @EnumSource(value = Complaint.class, names = { "LOW_BACK_PAIN", "NECK_PAIN", "SHOULDER", "POSTURAL", "SPORTS_INJURY" })
    void musculoskeletalComplaintsShareTheirRow(Complaint complaint) {
        assertThat(trajectory(complaint)).containsExactly(PHYSICAL_THERAPIST, CHIROPRACTOR, FAMILY_PHYSICIAN,
                MASSAGE_THERAPIST);
    }

    @Test
    void deterioratingPutsThePhysicianFirst() {
        assertThat(deteriorating(Complaint.LOW_BACK_PAIN)).containsExactly(FAMILY_PHYSICIAN, PHYSICAL_THERAPIST,
                CHIROPRACTOR, MASSAGE_THERAPIST);
        assertThat(deteriorating(Complaint.TMJ)).containsExactly(FAMILY_PHYSICIAN, DENTIST, PHYSICAL_THERAPIST);
        assertThat(deteriorating(Complaint.HEADACHE)).containsExactly(FAMILY_PHYSICIAN, NEUROLOGIST,
                PHYSICAL_THERAPIST, ACUPUNCTURIST);
    }

    @Test
    void nothingToReferNoAdvice() {
        assertThat(ProviderTypeAdvice.advise(NO_FLAGS, Status.PLATEAU, Recommendation.REVIEW, Complaint.OTHER))
                .isEqualTo(ProviderTypeAdvice.NONE);
        assertThat(ProviderTypeAdvice.advise(NO_FLAGS, Status.RECOVERED, Recommendation.DISCHARGE, Complaint.OTHER)
                .providerTypes()).isEmpty();
    }

    @Test
    void clearedFlagsLeaveTheTrajectoryToDecide() {
        RedFlagScreening cleared = RedFlagScreen.evaluate(List.of(RedFlag.NIGHT_PAIN), List.of(RedFlag.NIGHT_PAIN));
        assertThat(ProviderTypeAdvice.advise(cleared, Status.PLATEAU, Recommendation.REFER, Complaint.TMJ)
                .providerTypes()).containsExactly(DENTIST, PHYSICAL_THERAPIST);
    }

    private static List<ProviderType> trajectory(Complaint complaint) {
        return ProviderTypeAdvice.advise(NO_FLAGS, Status.PLATEAU, Recommendation.REFER, complaint).providerTypes();
    }

    private static List<ProviderType> deteriorating(Complaint complaint) {
        return ProviderTypeAdvice.advise(NO_FLAGS, Status.DETERIORATING, Recommendation.REVIEW, complaint)
                .providerTypes();
    }
}
