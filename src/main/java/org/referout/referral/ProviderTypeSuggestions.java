package org.referout.referral;

import java.util.ArrayList;
import java.util.List;

import org.referout.episode.Complaint;

/**
 * Adapter for CLINICAL.md R6 (whom to refer to), keyed by the episode's complaint and the trigger. It mirrors the
 * R6 table until the clinical core's ProviderTypeAdvice is merged into this branch; then it should delegate.
 * {@code directoryType} is the directory's type key used to search for matching providers near the client.
 */
final class ProviderTypeSuggestions {

    record Suggestion(String label, String taxonomyCode, String directoryType, String why) {
    }

    private ProviderTypeSuggestions() {
    }

    static List<Suggestion> forReferral(Complaint complaint, Urgency urgency, boolean fromRedFlag,
            boolean deteriorating) {
        if (urgency == Urgency.EMERGENCY) {
            return List.of(new Suggestion("Emergency department", "207P00000X", "emergency-physician",
                    "R6: an emergency red flag needs emergency care now"));
        }
        if (fromRedFlag || urgency == Urgency.URGENT) {
            return List.of(
                    new Suggestion("Primary care physician", "207Q00000X", "family-physician",
                            "R6: a red flag needs the client's physician to rule out a non-muscular cause"),
                    new Suggestion("Sports or spine physician", "207QS0010X", "sports-spine-physician",
                            "R6: a physician who sees musculoskeletal red flags"));
        }
        List<Suggestion> list = new ArrayList<>(byComplaint(complaint));
        if (deteriorating) {
            list.removeIf(s -> s.taxonomyCode().equals("207Q00000X"));
            list.add(0, physician("R6: the client is getting worse, so a physician comes first"));
        }
        return list;
    }

    private static List<Suggestion> byComplaint(Complaint complaint) {
        String not = "R6: massage alone has not brought the expected change for "
                + complaint.label().toLowerCase();
        return switch (complaint) {
            case LOW_BACK_PAIN, NECK_PAIN, SHOULDER, POSTURAL, SPORTS_INJURY -> List.of(
                    new Suggestion("Physical therapist", "225100000X", "physical-therapist",
                            not + "; exercise therapy is the next step"),
                    new Suggestion("Chiropractor", "111N00000X", "chiropractor", not + "; spinal manipulation"),
                    physician(not + "; a medical assessment"),
                    new Suggestion("Massage therapist (partner for this complaint)", "225700000X",
                            "massage-therapist", not + "; a colleague with another approach"));
            case HEADACHE -> List.of(physician(not + "; headaches need a medical assessment"),
                    new Suggestion("Neurologist", "2084N0400X", "neurologist", not),
                    new Suggestion("Physical therapist", "225100000X", "physical-therapist", not),
                    new Suggestion("Acupuncturist", "171100000X", "acupuncturist", not));
            case WIDESPREAD_PAIN -> List.of(physician(not),
                    new Suggestion("Rheumatologist", "207RR0500X", "rheumatologist", not),
                    new Suggestion("Pain medicine physician", "208VP0000X", "pain-medicine-physician", not),
                    new Suggestion("Psychologist", "103T00000X", "psychologist", not + "; pain coping"),
                    new Suggestion("Acupuncturist", "171100000X", "acupuncturist", not));
            case STRESS_ANXIETY -> List.of(
                    new Suggestion("Psychologist", "103T00000X", "psychologist", not),
                    new Suggestion("Counsellor", "101YM0800X", "counsellor", not),
                    physician(not));
            case TMJ -> List.of(new Suggestion("Dentist", "122300000X", "dentist", not),
                    new Suggestion("Physical therapist", "225100000X", "physical-therapist", not));
            case PREGNANCY -> List.of(new Suggestion("Obstetric provider", "207V00000X", "obstetrician", not),
                    new Suggestion("Nurse midwife", "367A00000X", "nurse-midwife", not),
                    new Suggestion("Physical therapist", "225100000X", "physical-therapist", not));
            case OTHER -> List.of(physician(not),
                    new Suggestion("Physical therapist", "225100000X", "physical-therapist", not));
        };
    }

    private static Suggestion physician(String why) {
        return new Suggestion("Primary care physician", "207Q00000X", "family-physician", why);
    }
}
