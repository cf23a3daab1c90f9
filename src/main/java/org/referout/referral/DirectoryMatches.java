package org.referout.referral;

import java.util.List;

import org.referout.directory.Directory;
import org.referout.directory.ProviderSearch;
import org.referout.directory.SearchResult;
import org.referout.practice.PracticeId;
import org.referout.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Providers of the suggested NUCC codes near the client's ZIP, from the national directory, ranked by the
 * directory's transparent score (which counts this practice's own recipients and their outcomes, via
 * ReferralOutcomes). An unknown ZIP or an empty index gives no matches rather than an error.
 */
@Component
class DirectoryMatches implements ProviderMatches {

    static final double RADIUS_KM = 40;

    private final Directory directory;

    DirectoryMatches(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<Match> near(PracticeId practice, String zip, List<String> types, int limit) {
        try {
            var search = new ProviderSearch(types, null, zip, null, null, RADIUS_KM, limit, ProviderSearch.Sort.RANK,
                    practice);
            return directory.search(search).stream().map(DirectoryMatches::match).toList();
        }
        catch (BadRequestException | IllegalStateException e) {
            return List.of();
        }
    }

    private static Match match(SearchResult result) {
        var p = result.provider();
        String address = String.join(", ", java.util.stream.Stream.of(p.addressLine(), p.city(), p.state(), p.zip())
            .filter(part -> part != null && !part.isBlank())
            .toList());
        return new Match(p.name(), p.organization() ? p.name() : null, p.primaryTypeLabel(), p.primaryTaxonomy(),
                p.npi(), p.phone(), address, result.distanceKm(), result.explanation() != null
                        && result.explanation().toLowerCase(java.util.Locale.ROOT).contains("partner"),
                result.explanation());
    }
}
