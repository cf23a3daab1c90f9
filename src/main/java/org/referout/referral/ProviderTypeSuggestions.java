package org.referout.referral;

import java.util.List;
import java.util.Set;

import org.referout.clinical.Complaint;
import org.referout.clinical.ProviderType;
import org.referout.clinical.ProviderTypeAdvice;
import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlagScreening;
import org.referout.clinical.Status;
import org.referout.intake.FlagScreen;

/**
 * Whom to refer to (CLINICAL.md R6), asked of the clinical core: a positive red-flag screen decides first, then the
 * trajectory. A referral started by hand is treated as a trajectory REFER for the episode's complaint, because the
 * therapist has already judged that massage alone is not enough.
 */
final class ProviderTypeSuggestions {

    /** One provider type: its label and NUCC code (the directory searches by it) and why it is suggested. */
    record Suggestion(String label, String taxonomyCode, String why) {
    }

    private ProviderTypeSuggestions() {
    }

    static List<Suggestion> forReferral(Complaint complaint, FlagScreen redFlags,
            boolean deteriorating) {
        // A positive screen already carries its R6 advice (intake asked the clinical core).
        ProviderTypeAdvice advice = redFlags.positive() ? redFlags.advice()
                : ProviderTypeAdvice.advise(new RedFlagScreening(null, Set.of(), false, List.of()),
                        deteriorating ? Status.DETERIORATING : Status.PLATEAU, Recommendation.REFER,
                        complaint);
        return advice.providerTypes().stream()
            .map((ProviderType type) -> new Suggestion(type.label(), type.nuccCode(), advice.reason()))
            .toList();
    }

    static Urgency urgencyOf(FlagScreen redFlags) {
        if (!redFlags.positive()) {
            return Urgency.ROUTINE;
        }
        return switch (redFlags.level()) {
            case REFER_EMERGENCY -> Urgency.EMERGENCY;
            case REFER_URGENT -> Urgency.URGENT;
            default -> Urgency.ROUTINE;
        };
    }
}
