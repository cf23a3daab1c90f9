package org.referout.intake;

import java.util.List;

import org.referout.clinical.ProviderTypeAdvice;
import org.referout.clinical.Reason;
import org.referout.clinical.Recommendation;
import org.referout.episode.EpisodeId;

/**
 * The red-flag screen of one episode now (R5, computed by the clinical core's RedFlagScreen): the flags that count
 * (answered yes and not cleared since), the level with the combination rule applied, whom to contact (R6) and the
 * reasons in plain words. {@code level} is null when nothing counts. The banner shows it; referrals and FHIR read it.
 */
public record FlagScreen(EpisodeId episode, Recommendation level, boolean raisedByCombination,
        List<ActiveFlag> flags, ProviderTypeAdvice advice, List<Reason> reasons, List<ClearedFlag> cleared) {

    public FlagScreen {
        flags = List.copyOf(flags);
        reasons = List.copyOf(reasons);
        cleared = List.copyOf(cleared);
    }

    public boolean positive() {
        return level != null;
    }

    /** C4: after an emergency or urgent flag a treatment visit needs an explicit override with a written reason. */
    public boolean blocksTreatment() {
        return level == Recommendation.REFER_EMERGENCY || level == Recommendation.REFER_URGENT;
    }

    /** For the banner's CSS class: emergency and urgent red, a single REFER flag amber. */
    public String colour() {
        return level == Recommendation.REFER ? "AMBER" : "RED";
    }

    /** The banner's heading after the level code. */
    public String headline() {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case REFER_EMERGENCY -> "emergency: same day, emergency department or emergency services";
            case REFER_URGENT -> "medical assessment within about two weeks";
            default -> "discuss with the client's physician";
        };
    }

    /** What the therapist should do now (R5 level meanings). */
    public String instruction() {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case REFER_EMERGENCY -> "Do not treat. The client needs emergency care today.";
            case REFER_URGENT -> "Do not treat the area until a doctor has cleared it.";
            default -> "Treatment may continue with care.";
        };
    }
}
