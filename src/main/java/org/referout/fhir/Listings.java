package org.referout.fhir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.referout.directory.Directory;
import org.referout.directory.Partner;
import org.referout.directory.Partners;
import org.referout.directory.ProviderSearch;
import org.referout.directory.SearchResult;
import org.referout.directory.Taxonomy;
import org.referout.directory.ZipCentroids;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Finds directory providers and the practice's partners through the directory module's front doors (Directory,
 * Partners), never its tables. Search problems come back named by the FHIR parameter the caller sent.
 */
@Component
class Listings {

    /** A search's centre and radius, from {@code location.near}. */
    record Near(double latitude, double longitude, double radiusKm) {
    }

    private final Directory directory;
    private final Partners partners;
    private final Taxonomy taxonomy;

    Listings(Directory directory, Partners partners, Taxonomy taxonomy) {
        this.directory = directory;
        this.partners = partners;
        this.taxonomy = taxonomy;
    }

    String display(String code) {
        return taxonomy.displayName(code);
    }

    /** {@code 1234567893} (an NPI: the national directory) or {@code partner-7} (one of this practice's partners). */
    Optional<Listing> find(CurrentPractice by, String id) {
        if (id.startsWith(Listing.PARTNER)) {
            return number(id.substring(Listing.PARTNER.length()))
                .flatMap(partner -> partners.find(by.id(), partner)).map(Listing::of);
        }
        return id.matches("\\d{10}") ? number(id).flatMap(directory::find).map(Listing::of) : Optional.empty();
    }

    List<Listing> partners(CurrentPractice by, String code) {
        return partners.list(by.id()).stream().filter(p -> code == null || p.taxonomyCodes().contains(code))
            .map(Listing::of).toList();
    }

    /**
     * National providers with this code within the radius, nearest first, merged with partners added by hand (no
     * NPI, so not in the national index); an NPI-linked partner is found as the national provider it is.
     */
    List<Listing> near(CurrentPractice by, String code, Near near, int count) {
        record Hit(double km, Listing listing) {
        }
        List<Hit> hits = new ArrayList<>();
        List<SearchResult> national;
        try {
            national = directory.search(new ProviderSearch(code == null ? List.of() : List.of(code), null, null,
                    near.latitude(), near.longitude(), near.radiusKm(), count, ProviderSearch.Sort.DISTANCE, by.id()));
        }
        catch (BadRequestException e) {
            throw new BadRequestException(e.problems().stream().map(Listings::renamed).toList());
        }
        national.forEach(result -> hits.add(new Hit(result.distanceKm(), Listing.of(result.provider()))));
        ZipCentroids.Point centre = new ZipCentroids.Point(near.latitude(), near.longitude());
        for (Partner partner : partners.near(by.id(), code, near.latitude(), near.longitude(), near.radiusKm())) {
            if (partner.npi() == null) {
                hits.add(new Hit(ZipCentroids.distanceKm(centre,
                        new ZipCentroids.Point(partner.latitude(), partner.longitude())), Listing.of(partner)));
            }
        }
        return hits.stream().sorted(Comparator.comparingDouble(Hit::km)).limit(count).map(Hit::listing).toList();
    }

    /** The directory names its query's fields; the caller sent FHIR parameters. */
    private static FieldProblem renamed(FieldProblem problem) {
        String field = switch (problem.field()) {
            case "types" -> "specialty";
            case "near", "radiusKm" -> "location.near";
            case "limit" -> "_count";
            default -> problem.field();
        };
        return new FieldProblem(field, problem.message());
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
