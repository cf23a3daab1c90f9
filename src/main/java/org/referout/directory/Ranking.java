package org.referout.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.referout.clinical.ProviderType;
import org.referout.directory.index.IndexHit;

/**
 * The transparent rank score (C5), each part in [0, 1] with a weight, and a sentence for each part:
 * closeness 0.45 (linear over the radius), type match 0.25 (1 when the provider's primary specialty is one asked
 * for, 0.5 when only a secondary one is), partner 0.15 (the practice refers there), outcomes 0.15 (share of
 * referred clients who reported being helped). Without partners (the PartnerOutcomes default) the last two are 0
 * for everyone, so the order is by closeness and type.
 */
final class Ranking {

    static final double CLOSENESS = 0.45, TYPE = 0.25, PARTNER = 0.15, OUTCOMES = 0.15;

    /** A hit with its score and explanation. */
    record Ranked(IndexHit hit, double score, String explanation) {
    }

    private final Taxonomy taxonomy;

    Ranking(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<Ranked> rank(List<IndexHit> hits, Directory.ResolvedTypes types, Map<Long, PartnerOutcomes.Signal> signals,
            double radiusKm) {
        List<Ranked> ranked = new ArrayList<>(hits.size());
        for (IndexHit hit : hits) {
            double km = hit.distanceMeters() / 1000;
            double closeness = Math.max(0, 1 - km / radiusKm);
            List<String> why = new ArrayList<>();
            why.add("%.1f km away".formatted(km));
            double typeMatch = typeMatch(hit.codes(), types, why);
            double score = CLOSENESS * closeness + TYPE * typeMatch;
            PartnerOutcomes.Signal signal = signals.get(hit.npi());
            if (signal != null && signal.partner()) {
                score += PARTNER;
                why.add("one of your referral partners");
                if (signal.helpedRate() != null) {
                    score += OUTCOMES * signal.helpedRate();
                    why.add("%d%% of %d referred clients reported being helped".formatted(
                            Math.round(signal.helpedRate() * 100), signal.referrals()));
                }
                else if (signal.summary() != null && !signal.summary().isBlank()) {
                    why.add(signal.summary());
                }
            }
            ranked.add(new Ranked(hit, Math.round(score * 1000) / 1000.0, String.join("; ", why)));
        }
        return ranked;
    }

    private double typeMatch(List<String> codes, Directory.ResolvedTypes types, List<String> why) {
        if (codes.isEmpty()) {
            return 0;
        }
        if (types.keys().isEmpty() && types.codes().isEmpty()) {
            why.add(taxonomy.label(codes.get(0)));
            return 0.5;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (matches(code, types)) {
                if (i == 0) {
                    why.add(taxonomy.label(code) + " (primary specialty: " + taxonomy.displayName(code) + ")");
                    return 1;
                }
                why.add(taxonomy.label(code) + " (secondary specialty: " + taxonomy.displayName(code)
                        + "; primary: " + taxonomy.displayName(codes.get(0)) + ")");
                return 0.5;
            }
        }
        return 0;
    }

    private static boolean matches(String code, Directory.ResolvedTypes types) {
        if (types.codes().contains(code)) {
            return true;
        }
        for (String key : types.keys()) {
            if (ProviderType.parse(key).map(t -> t.covers(code)).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
