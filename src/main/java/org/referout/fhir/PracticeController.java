package org.referout.fhir;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Resource;
import org.referout.practice.CurrentPractice;
import org.referout.practice.Practices;
import org.referout.practice.UserId;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The practice as an Organization and its users as Practitioners; another practice's ids are 404. Partners and
 * national organisations are Organizations too (ids as in DirectoryController).
 */
@RestController("fhirPracticeController")
class PracticeController extends FhirEndpoint {

    private final Practices practices;
    private final Listings listings;

    PracticeController(FhirContext fhir, Practices practices, Listings listings) {
        super(fhir);
        this.practices = practices;
        this.listings = listings;
    }

    @GetMapping("/fhir/Practitioner/{id}")
    ResponseEntity<String> practitioner(CurrentPractice practice, @PathVariable String id) {
        return ok(PractitionerMapper.toFhir(practices.user(practice.id(), new UserId(numericId(id)))
            .orElseThrow(NotFoundException::new)));
    }

    @GetMapping("/fhir/Practitioner")
    ResponseEntity<String> practitioners(CurrentPractice practice, HttpServletRequest request) {
        Search search = Search.of(request, "Practitioner", MetadataController.supported("Practitioner").names());
        return ok(search.page(practices.users(practice.id()).stream().map(PractitionerMapper::toFhir).toList()));
    }

    /**
     * The practice itself (its id), a national organisation (an NPI of entity type 2) or a referral partner
     * ({@code partner-{id}}). An individual's NPI is no Organization (404): see PractitionerRole.
     */
    @GetMapping("/fhir/Organization/{id}")
    ResponseEntity<String> organization(CurrentPractice practice, @PathVariable String id) {
        if (id.equals(practice.id().toString())) {
            return ok(OrganizationMapper.toFhir(practices.practice(practice.id())));
        }
        return ok(DirectoryMapper.organization(listings.find(practice, id).filter(Listing::organization)
            .orElseThrow(NotFoundException::new)));
    }

    /** The practice and its referral partners; national organisations are found through PractitionerRole search. */
    @GetMapping("/fhir/Organization")
    ResponseEntity<String> organizations(CurrentPractice practice, HttpServletRequest request) {
        Search search = Search.of(request, "Organization", MetadataController.supported("Organization").names());
        List<Resource> organizations = new ArrayList<>();
        organizations.add(OrganizationMapper.toFhir(practices.practice(practice.id())));
        listings.partners(practice, null).forEach(partner -> organizations.add(DirectoryMapper.organization(partner)));
        return ok(search.page(organizations));
    }
}
