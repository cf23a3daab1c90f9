package org.referout.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Patient;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Patient read and search, and {@code $everything}: a client's whole record as one Bundle. */
@RestController
class PatientController extends FhirEndpoint {

    private final ClientRecords records;
    private final Clients clients;
    private final BundleExport export;

    PatientController(FhirContext fhir, ClientRecords records, Clients clients, BundleExport export) {
        super(fhir);
        this.records = records;
        this.clients = clients;
        this.export = export;
    }

    @GetMapping("/fhir/Patient/{id}")
    ResponseEntity<String> read(CurrentPractice practice, @PathVariable String id) {
        return ok(PatientMapper.toFhir(records.client(practice, new ClientId(numericId(id)))
            .orElseThrow(NotFoundException::new)));
    }

    /** {@code name} matches any part of the name (as the client search does); without it, all clients. */
    @GetMapping("/fhir/Patient")
    ResponseEntity<String> search(CurrentPractice practice, @RequestParam(required = false) String name) {
        List<Patient> patients = clients.search(practice, name, 0, Clients.MAX_PAGE_SIZE).clients().stream()
            .filter(client -> !client.erased())
            .map(PatientMapper::toFhir)
            .toList();
        return ok(searchset(patients));
    }

    @GetMapping("/fhir/Patient/{id}/$everything")
    ResponseEntity<String> everything(CurrentPractice practice, @PathVariable String id) {
        ClientRecord record = records.record(practice, new ClientId(numericId(id))).orElseThrow(NotFoundException::new);
        return ok(export.everything(practice, record));
    }
}
