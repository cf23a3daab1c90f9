package org.referout.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.referout.practice.CurrentPractice;
import org.referout.practice.Practices;
import org.referout.practice.UserId;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The practice as an Organization and its users as Practitioners; another practice's ids are 404. */
@RestController("fhirPracticeController")
class PracticeController extends FhirEndpoint {

    private final Practices practices;

    PracticeController(FhirContext fhir, Practices practices) {
        super(fhir);
        this.practices = practices;
    }

    @GetMapping("/fhir/Practitioner/{id}")
    ResponseEntity<String> practitioner(CurrentPractice practice, @PathVariable String id) {
        return ok(PractitionerMapper.toFhir(practices.user(practice.id(), new UserId(numericId(id)))
            .orElseThrow(NotFoundException::new)));
    }

    @GetMapping("/fhir/Practitioner")
    ResponseEntity<String> practitioners(CurrentPractice practice) {
        return ok(searchset(practices.users(practice.id()).stream().map(PractitionerMapper::toFhir).toList()));
    }

    @GetMapping("/fhir/Organization/{id}")
    ResponseEntity<String> organization(CurrentPractice practice, @PathVariable String id) {
        if (numericId(id) != practice.id().value()) {
            throw new NotFoundException();
        }
        return ok(OrganizationMapper.toFhir(practices.practice(practice.id())));
    }

    /** Only the practice itself for now; directory entries and partners join when the directory lands. */
    @GetMapping("/fhir/Organization")
    ResponseEntity<String> organizations(CurrentPractice practice) {
        return ok(searchset(java.util.List.of(OrganizationMapper.toFhir(practices.practice(practice.id())))));
    }
}
