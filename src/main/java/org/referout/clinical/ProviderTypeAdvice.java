package org.referout.clinical;

import static org.referout.clinical.ProviderType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * R6, whom to refer to: provider types in order, with the reason. The trigger is the most severe of the
 * red-flag level, then the trajectory; an episode that neither has a red flag nor is DETERIORATING nor has a
 * trajectory REFER gets no advice ({@link #NONE}).
 *
 * @param providerTypes in the order of the R6 table
 * @param reason        one plain sentence: why these, in this order
 */
public record ProviderTypeAdvice(List<ProviderType> providerTypes, String reason) {

    public static final ProviderTypeAdvice NONE = new ProviderTypeAdvice(List.of(), "");

    private static final List<ProviderType> EMERGENCY = List.of(EMERGENCY_PHYSICIAN);
    private static final List<ProviderType> RED_FLAG_PHYSICIANS = List.of(FAMILY_PHYSICIAN, INTERNAL_MEDICINE_PHYSICIAN,
            SPORTS_MEDICINE, SPINE_PAIN_MEDICINE, REHABILITATION_MEDICINE);

    public ProviderTypeAdvice {
        providerTypes = List.copyOf(providerTypes);
    }

    /**
     * @param redFlags                the R5 screen of the episode
     * @param status                  the R4.1 status
     * @param trajectoryRecommendation the R4.1 recommendation (before red flags)
     */
    public static ProviderTypeAdvice advise(RedFlagScreening redFlags, Status status,
                                            Recommendation trajectoryRecommendation, Complaint complaint) {
        if (redFlags.hasLevel()) {
            return forRedFlags(redFlags);
        }
        if (status == Status.DETERIORATING) {
            return new ProviderTypeAdvice(physicianFirst(forComplaint(complaint)),
                    "Getting worse: the client's doctor first, then those who treat " + lower(complaint) + ".");
        }
        if (trajectoryRecommendation == Recommendation.REFER) {
            return new ProviderTypeAdvice(forComplaint(complaint),
                    "Not improving enough with massage: those who treat " + lower(complaint) + ", in this order.");
        }
        return NONE;
    }

    private static ProviderTypeAdvice forRedFlags(RedFlagScreening redFlags) {
        if (redFlags.level() == Recommendation.REFER_EMERGENCY) {
            boolean callNow = false;
            for (RedFlag flag : redFlags.activeFlags()) {
                callNow |= flag.level() == Recommendation.REFER_EMERGENCY && flag.needsEmergencyServices();
            }
            return new ProviderTypeAdvice(EMERGENCY, callNow
                    ? "Call emergency services now: these signs need care within minutes."
                    : "Send the client to the emergency department today.");
        }
        return new ProviderTypeAdvice(RED_FLAG_PHYSICIANS,
                "A red flag needs a medical assessment: the client's own doctor first, or a sports or spine doctor.");
    }

    /** R6: the trajectory REFER rows, by complaint. */
    static List<ProviderType> forComplaint(Complaint complaint) {
        return switch (complaint) {
            case LOW_BACK_PAIN, NECK_PAIN, SHOULDER, POSTURAL, SPORTS_INJURY ->
                    List.of(PHYSICAL_THERAPIST, CHIROPRACTOR, FAMILY_PHYSICIAN, MASSAGE_THERAPIST);
            case HEADACHE -> List.of(FAMILY_PHYSICIAN, NEUROLOGIST, PHYSICAL_THERAPIST, ACUPUNCTURIST);
            case WIDESPREAD_PAIN ->
                    List.of(FAMILY_PHYSICIAN, RHEUMATOLOGIST, PAIN_MEDICINE_PHYSICIAN, PSYCHOLOGIST, ACUPUNCTURIST);
            case STRESS_ANXIETY -> List.of(PSYCHOLOGIST, COUNSELLOR, FAMILY_PHYSICIAN);
            case TMJ -> List.of(DENTIST, PHYSICAL_THERAPIST);
            case PREGNANCY -> List.of(OBSTETRICIAN, NURSE_MIDWIFE, PHYSICAL_THERAPIST);
            case OTHER -> List.of(FAMILY_PHYSICIAN, PHYSICAL_THERAPIST);
        };
    }

    /** R6 DETERIORATING row: the complaint's row with the physician (207Q00000X) moved or put first. */
    static List<ProviderType> physicianFirst(List<ProviderType> row) {
        List<ProviderType> types = new ArrayList<>(row.size() + 1);
        types.add(FAMILY_PHYSICIAN);
        for (ProviderType type : row) {
            if (type != FAMILY_PHYSICIAN) {
                types.add(type);
            }
        }
        return types;
    }

    /** The NUCC codes in order, as the evaluate command prints them. */
    public List<String> nuccCodes() {
        List<String> codes = new ArrayList<>(providerTypes.size());
        for (ProviderType type : providerTypes) {
            codes.add(type.nuccCode());
        }
        return codes;
    }

    private static String lower(Complaint complaint) {
        return complaint == Complaint.OTHER ? "this complaint" : complaint.label().toLowerCase(Locale.ROOT);
    }
}
