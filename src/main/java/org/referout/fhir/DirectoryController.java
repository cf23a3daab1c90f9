package org.referout.fhir;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import ca.uhn.fhir.context.FhirContext;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider directory as PractitionerRole and Location (Organization reads live with the practice's, in
 * PracticeController). Ids: an NPI for a national provider, {@code partner-{id}} for a referral partner.
 */
@RestController("fhirDirectoryController")
class DirectoryController extends FhirEndpoint {

    static final double DEFAULT_RADIUS_KM = 25;
    /** A near search serves the nearest this many (the directory's limit), paged like any search. */
    static final int MAX_NEAR = org.referout.directory.ProviderSearch.MAX_LIMIT;

    private final Listings listings;

    DirectoryController(FhirContext fhir, Listings listings) {
        super(fhir);
        this.listings = listings;
    }

    @GetMapping("/fhir/PractitionerRole/{id}")
    ResponseEntity<String> role(CurrentPractice practice, @PathVariable String id) {
        return ok(DirectoryMapper.role(find(practice, id), listings::display));
    }

    @GetMapping("/fhir/Location/{id}")
    ResponseEntity<String> location(CurrentPractice practice, @PathVariable String id) {
        Listing listing = find(practice, id);
        if (!listing.hasPlace()) {
            throw new NotFoundException();
        }
        return ok(DirectoryMapper.location(listing));
    }

    /**
     * {@code specialty} (a NUCC code) and {@code location.near} ({@code LAT|LON|DIST|km}) search the national
     * directory and the practice's partners; without {@code location.near}, only the partners (the national
     * directory is millions of rows and is only ever searched around a place).
     */
    @GetMapping("/fhir/PractitionerRole")
    ResponseEntity<String> roles(CurrentPractice practice, HttpServletRequest request) {
        Search search = Search.of(request, "PractitionerRole", "specialty", "location", "location.near");
        String specialty = search.first("specialty");
        String near = search.first("location.near");
        String code = specialty == null ? null : specialty(specialty);
        List<Listing> found = near == null ? listings.partners(practice, code)
                : listings.near(practice, code, near(near), MAX_NEAR);
        for (String location : search.all("location")) {
            List<String> any = Search.alternatives(location).stream().map(l -> referenceId(l, "Location")).toList();
            found = found.stream().filter(listing -> listing.hasPlace() && any.contains(listing.id())).toList();
        }
        return ok(search.page(found.stream().map(listing -> DirectoryMapper.role(listing, listings::display))
            .toList()));
    }

    private Listing find(CurrentPractice practice, String id) {
        return listings.find(practice, id).orElseThrow(NotFoundException::new);
    }

    /** "225700000X" or "http://nucc.org/provider-taxonomy|225700000X". */
    static String specialty(String token) {
        String code = token;
        if (token.contains("|")) {
            String system = token.substring(0, token.indexOf('|'));
            if (!system.isEmpty() && !system.equals(Codes.NUCC)) {
                throw new BadRequestException("specialty", "use NUCC taxonomy codes (" + Codes.NUCC + "|CODE)");
            }
            code = token.substring(token.indexOf('|') + 1);
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[0-9A-Z]{10}")) {
            throw new BadRequestException("specialty", "is not a NUCC taxonomy code (10 characters, e.g. 225700000X)");
        }
        return code;
    }

    /** FHIR's {@code [latitude]|[longitude]|[distance]|[units]}; distance defaults to 25, units must be km. */
    static Listings.Near near(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw new BadRequestException("location.near", "give LATITUDE|LONGITUDE|DISTANCE|km");
        }
        double latitude = number(parts[0]);
        double longitude = number(parts[1]);
        double radius = parts.length > 2 && !parts[2].isBlank() ? number(parts[2]) : DEFAULT_RADIUS_KM;
        if (parts.length == 4 && !parts[3].isBlank() && !parts[3].strip().equals("km")) {
            throw new BadRequestException("location.near", "the distance unit must be km");
        }
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new BadRequestException("location.near", "latitude must be within ±90 and longitude within ±180");
        }
        return new Listings.Near(latitude, longitude, radius);
    }

    private static double number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // the 400 below names the parameter
        }
        throw new BadRequestException("location.near", "not a number: " + text);
    }
}
