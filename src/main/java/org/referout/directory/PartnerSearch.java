package org.referout.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.referout.clinical.ProviderType;
import org.referout.practice.PracticeId;
import org.springframework.stereotype.Component;

/**
 * Directory search with the practice's partners merged in.
 *
 * <p>Why two sources and not partners in the Lucene index: the index holds the national directory, is global
 * (not tenant data) and is rebuilt from the NPPES tables; putting one practice's private partners there would
 * mix tenants in one index and tie partner edits to index commits. Instead NPI-linked partners reach the ranking
 * through the backend's {@link PartnerOutcomes} hook (Partners supplies the signal, so "one of your referral
 * partners" is part of the explanation and the score), and partners added by hand (no NPI) are matched here in
 * memory (a practice has tens of partners, not millions) with the same weights as {@link Ranking}, then merged by
 * score. With {@code sort=rank} that puts relevant partners first; {@code sort=distance} stays strictly by distance.
 *
 * <p>Complaint, language and accepting-new-clients are things the practice records about its partners; NPPES
 * knows none of them. So those filters narrow the partners, and national providers are kept (their answer is
 * unknown) with the filters named as unknown in the explanation.
 */
@Component
class PartnerSearch {

    private final Directory directory;
    private final Partners partners;
    private final Taxonomy taxonomy;
    private final ZipCentroids zips;

    PartnerSearch(Directory directory, Partners partners, Taxonomy taxonomy, ZipCentroids zips) {
        this.directory = directory;
        this.partners = partners;
        this.taxonomy = taxonomy;
        this.zips = zips;
    }

    /** Extra filters on what the practice recorded about its partners. */
    record PartnerFilter(@Nullable String complaint, @Nullable String language, @Nullable Boolean accepting) {

        boolean any() {
            return complaint != null || language != null || Boolean.TRUE.equals(accepting);
        }

        boolean test(Partner p) {
            if (complaint != null && !p.complaints().contains(complaint)) {
                return false;
            }
            if (language != null && p.languages().stream().noneMatch(l -> l.equalsIgnoreCase(language))) {
                return false;
            }
            return !Boolean.TRUE.equals(accepting) || Boolean.TRUE.equals(p.acceptingNew());
        }
    }

    List<DirectoryHit> search(PracticeId practice, ProviderSearch search, PartnerFilter filter) {
        ProviderSearch mine = search.forPractice(practice);
        List<SearchResult> national = directory.search(mine);
        Map<Long, Partner> linked = partners.list(practice).stream().filter(p -> p.npi() != null)
            .collect(Collectors.toMap(Partner::npi, Function.identity()));
        List<DirectoryHit> hits = new ArrayList<>();
        for (SearchResult r : national) {
            Partner partner = linked.get(r.provider().npi());
            if (partner != null && filter.any() && !filter.test(partner)) {
                continue;
            }
            String why = r.explanation();
            if (partner == null && filter.any()) {
                why += "; " + unknown(filter);
            }
            hits.add(new DirectoryHit(r.provider().npi(), r.provider().name(), r.provider().taxonomyCodes(),
                    labels(r.provider().taxonomyCodes()), r.provider().city(), r.provider().zip(), r.provider().phone(),
                    round(r.distanceKm()), r.score(), why, partner == null ? null : partner.id()));
        }
        hits.addAll(handAdded(practice, search, filter));
        Comparator<DirectoryHit> order = search.sort() == ProviderSearch.Sort.RANK
                ? Comparator.comparingDouble((DirectoryHit h) -> -h.score())
                : Comparator.comparingDouble((DirectoryHit h) -> h.distanceKm() == null ? Double.MAX_VALUE : h.distanceKm());
        return hits.stream().sorted(order).limit(search.limit()).toList();
    }

    /** Partners without an NPI that match the query: same weights as Ranking, partner status included. */
    private List<DirectoryHit> handAdded(PracticeId practice, ProviderSearch search, PartnerFilter filter) {
        ZipCentroids.Point centre = search.nearZip() == null ? null : zips.find(search.nearZip().trim()).orElse(null);
        Set<String> wantedCodes = new HashSet<>();
        Set<ProviderType> wantedTypes = new LinkedHashSet<>();
        for (String t : search.types()) {
            ProviderType.parse(t).ifPresentOrElse(wantedTypes::add, () -> wantedCodes.add(t.trim().toUpperCase(Locale.ROOT)));
        }
        String text = search.text() == null ? "" : search.text().trim().toLowerCase(Locale.ROOT);
        List<DirectoryHit> out = new ArrayList<>();
        for (Partner p : partners.list(practice)) {
            if (p.npi() != null || !filter.test(p)) {
                continue;
            }
            if (!text.isEmpty() && !p.name().toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            int matchAt = -1;
            for (int i = 0; i < p.taxonomyCodes().size() && matchAt < 0; i++) {
                String code = p.taxonomyCodes().get(i);
                if (wantedCodes.contains(code) || wantedTypes.stream().anyMatch(t -> t.covers(code))) {
                    matchAt = i;
                }
            }
            boolean typed = !wantedCodes.isEmpty() || !wantedTypes.isEmpty();
            if (typed && matchAt < 0) {
                continue;
            }
            Double km = centre == null || p.latitude() == null ? null
                    : ZipCentroids.distanceKm(centre, new ZipCentroids.Point(p.latitude(), p.longitude()));
            if (km != null && km > search.radiusKm()) {
                continue;
            }
            List<String> why = new ArrayList<>();
            why.add(km == null ? "distance unknown" : "%.1f km away".formatted(km));
            double typeMatch = !typed ? 0.5 : matchAt == 0 ? 1 : 0.5;
            if (matchAt >= 0) {
                why.add(taxonomy.label(p.taxonomyCodes().get(matchAt)));
            }
            why.add("one of your referral partners (added by hand)");
            double closeness = km == null ? 0 : Math.max(0, 1 - km / search.radiusKm());
            double score = Ranking.CLOSENESS * closeness + Ranking.TYPE * typeMatch + Ranking.PARTNER;
            out.add(new DirectoryHit(null, p.name(), p.taxonomyCodes(), labels(p.taxonomyCodes()), p.city(), p.zip(),
                    p.phone(), round(km), Math.round(score * 1000) / 1000.0, String.join("; ", why), p.id()));
        }
        return out;
    }

    private List<String> labels(List<String> codes) {
        return codes.stream().map(taxonomy::label).distinct().toList();
    }

    private static String unknown(PartnerFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.complaint() != null) {
            parts.add("complaints");
        }
        if (f.language() != null) {
            parts.add("languages");
        }
        if (Boolean.TRUE.equals(f.accepting())) {
            parts.add("whether accepting new clients");
        }
        return String.join(", ", parts) + " not known (not one of your partners)";
    }

    private static Double round(Double km) {
        return km == null ? null : Math.round(km * 10) / 10.0;
    }
}
