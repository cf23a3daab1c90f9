package org.referout.directory;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/directory/search} and {@code /api/v1/partners}. Every role may use both (see Partners). */
@RestController
class DirectoryApiController {

    private final PartnerSearch search;
    private final Partners partners;

    DirectoryApiController(PartnerSearch search, Partners partners) {
        this.search = search;
        this.partners = partners;
    }

    @GetMapping("/api/v1/directory/search")
    Map<String, Object> search(CurrentPractice practice, @RequestParam(required = false) String type,
            @RequestParam(required = false) String near, @RequestParam(required = false) String radiusKm,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q, @RequestParam(required = false) String complaint,
            @RequestParam(required = false) String language, @RequestParam(required = false) Boolean accepting) {
        ProviderSearch query = query(type, near, radiusKm, limit, sort, q);
        try {
            List<DirectoryHit> hits = search.search(practice.id(), query, filter(complaint, language, accepting));
            return Map.of("results", hits, "count", hits.size());
        }
        catch (BadRequestException e) {
            // the backend names its field "types" (ProviderSearch); this API's parameter is "type"
            throw new BadRequestException(e.problems().stream()
                .map(p -> "types".equals(p.field()) ? new FieldProblem("type", p.message()) : p).toList());
        }
    }

    /** Parses the query string into a search; every bad value is a 400 naming its parameter. */
    static ProviderSearch query(String type, String near, String radiusKm, String limit, String sort, String q) {
        List<String> types = type == null ? List.of()
                : Arrays.stream(type.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (near == null || near.isBlank()) {
            throw new BadRequestException("near", "Give a ZIP code to search near");
        }
        double radius = number("radiusKm", radiusKm == null || radiusKm.isBlank() ? "25" : radiusKm);
        if (!(radius > 0) || radius > ProviderSearch.MAX_RADIUS_KM) {
            throw new BadRequestException("radiusKm", "The radius must be more than 0 and at most 500 km");
        }
        double n = number("limit", limit == null || limit.isBlank() ? "20" : limit);
        if (n != Math.rint(n) || n < 1 || n > ProviderSearch.MAX_LIMIT) {
            throw new BadRequestException("limit", "The limit must be a whole number from 1 to " + ProviderSearch.MAX_LIMIT);
        }
        ProviderSearch.Sort order;
        try {
            order = sort == null || sort.isBlank() ? ProviderSearch.Sort.RANK
                    : ProviderSearch.Sort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new BadRequestException("sort", "Sort by distance or rank");
        }
        String text = q == null || q.isBlank() ? null : q.trim();
        if (text != null && text.length() > 100) {
            throw new BadRequestException("q", "A name has at most 100 characters");
        }
        if (types.isEmpty() && text == null) {
            throw new BadRequestException("type", "Say what to look for: a provider type, a taxonomy code or a name (q)");
        }
        return new ProviderSearch(types, text, near.trim(), null, null, radius, (int) n, order, null);
    }

    static PartnerSearch.PartnerFilter filter(String complaint, String language, Boolean accepting) {
        String c = null;
        if (complaint != null && !complaint.isBlank()) {
            c = Partners.complaint(complaint).orElseThrow(
                    () -> new BadRequestException("complaint", "Unknown complaint code: " + complaint)).name();
        }
        String l = language == null || language.isBlank() ? null : language.trim();
        return new PartnerSearch.PartnerFilter(c, l, accepting);
    }

    private static double number(String field, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        }
        catch (NumberFormatException e) {
            throw new BadRequestException(field, "Not a number: " + text);
        }
    }

    @GetMapping("/api/v1/partners")
    Map<String, Object> list(CurrentPractice practice) {
        return Map.of("partners", partners.list(practice.id()));
    }

    @GetMapping("/api/v1/partners/{id}")
    Partner get(CurrentPractice practice, @PathVariable long id) {
        return partners.get(practice.id(), id);
    }

    @PostMapping("/api/v1/partners")
    ResponseEntity<Partner> create(CurrentPractice practice, @RequestBody PartnerForm body) {
        long id = partners.create(practice, body);
        return ResponseEntity.created(URI.create("/api/v1/partners/" + id)).body(partners.get(practice.id(), id));
    }

    @PutMapping("/api/v1/partners/{id}")
    Partner update(CurrentPractice practice, @PathVariable long id, @RequestBody PartnerForm body) {
        partners.update(practice, id, body);
        return partners.get(practice.id(), id);
    }

    @DeleteMapping("/api/v1/partners/{id}")
    ResponseEntity<Void> delete(CurrentPractice practice, @PathVariable long id) {
        partners.delete(practice, id);
        return ResponseEntity.noContent().build();
    }
}
