package org.referout.intake;

import java.util.List;

import org.referout.episode.EpisodeId;

/**
 * The red-flag screen of one episode now (R5): the flags that count (answered yes and not cleared since), the level
 * with the combination rule applied, whom to contact (R6) and the reasons in plain words. {@code level} is null when
 * nothing counts. This is what the banner shows and what referrals and FHIR read.
 */
public record FlagScreen(EpisodeId episode, FlagLevel level, boolean raisedByCombination, List<ActiveFlag> flags,
        List<ProviderType> providerTypes, List<String> reasons, List<ClearedFlag> cleared) {

    public FlagScreen {
        flags = List.copyOf(flags);
        providerTypes = List.copyOf(providerTypes);
        reasons = List.copyOf(reasons);
        cleared = List.copyOf(cleared);
    }

    public static FlagScreen none(EpisodeId episode) {
        return new FlagScreen(episode, null, false, List.of(), List.of(), List.of(), List.of());
    }

    public boolean positive() {
        return level != null;
    }

    /** C4: a treatment visit now needs an explicit override with a written reason. */
    public boolean blocksTreatment() {
        return level != null && level.blocksTreatment();
    }

    /** For the banner's CSS class: emergency and urgent red, a single REFER flag amber. */
    public String colour() {
        return level == FlagLevel.REFER ? "AMBER" : "RED";
    }
}
