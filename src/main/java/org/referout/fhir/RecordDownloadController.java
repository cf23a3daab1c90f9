package org.referout.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.referout.client.ClientId;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /clients/{id}/record.json}: the whole record as a FHIR Bundle file, for a signed-in therapist's or owner's
 * browser (the {@code /fhir} chain takes API tokens only). It lives here because HAPI types stay in this package.
 * Front desk, erased clients and other practices' ids get a 404.
 */
@Controller
class RecordDownloadController {

    private final FhirContext fhir;
    private final ClientRecords records;
    private final BundleExport export;

    RecordDownloadController(FhirContext fhir, ClientRecords records, BundleExport export) {
        this.fhir = fhir;
        this.records = records;
        this.export = export;
    }

    @GetMapping("/clients/{id}/record.json")
    ResponseEntity<String> download(CurrentPractice practice, @PathVariable long id) {
        if (!practice.seesClinicalData()) {
            throw new NotFoundException();
        }
        ClientRecord record = records.record(practice, new ClientId(id)).orElseThrow(NotFoundException::new);
        String json = fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(export.collection(practice, record));
        return ResponseEntity.ok()
            .contentType(FhirEndpoint.FHIR_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("client-record-" + id + ".json").build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(json);
    }
}
