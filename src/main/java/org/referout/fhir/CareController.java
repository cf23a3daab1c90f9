package org.referout.fhir;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Resource;
import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.episode.Visit;
import org.referout.episode.VisitId;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Episodes of care, visits (Encounters) and their notes (DocumentReferences): read, and search by patient. */
@RestController
class CareController extends FhirEndpoint {

    private final ClientRecords records;

    CareController(FhirContext fhir, ClientRecords records) {
        super(fhir);
        this.records = records;
    }

    @GetMapping("/fhir/Encounter/{id}")
    ResponseEntity<String> encounter(CurrentPractice practice, @PathVariable String id) {
        ClientRecord.EpisodeVisits found = records.visit(practice, new VisitId(numericId(id)))
            .orElseThrow(NotFoundException::new);
        return ok(EncounterMapper.toFhir(practice.id(), found.episode().client(), found.visits().get(0)));
    }

    @GetMapping("/fhir/EpisodeOfCare/{id}")
    ResponseEntity<String> episode(CurrentPractice practice, @PathVariable String id) {
        return ok(EpisodeOfCareMapper.toFhir(practice.id(), records.episode(practice, new EpisodeId(numericId(id)))
            .orElseThrow(NotFoundException::new)));
    }

    /** A visit's notes; 404 when the visit has none (see NotesMapper). */
    @GetMapping("/fhir/DocumentReference/{id}")
    ResponseEntity<String> notes(CurrentPractice practice, @PathVariable String id) {
        ClientRecord.EpisodeVisits found = records.visit(practice, new VisitId(numericId(id)))
            .orElseThrow(NotFoundException::new);
        return ok(NotesMapper.toFhir(found.episode().client(), found.visits().get(0))
            .orElseThrow(NotFoundException::new));
    }

    @GetMapping("/fhir/DocumentReference")
    ResponseEntity<String> notesOf(CurrentPractice practice, @RequestParam(required = false) String patient) {
        return ok(searchset(NotesMapper.of(episodesOf(practice, patient))));
    }

    @GetMapping("/fhir/Encounter")
    ResponseEntity<String> encounters(CurrentPractice practice, @RequestParam(required = false) String patient) {
        List<Resource> encounters = new ArrayList<>();
        for (ClientRecord.EpisodeVisits episode : episodesOf(practice, patient)) {
            for (Visit visit : episode.visits()) {
                encounters.add(EncounterMapper.toFhir(practice.id(), episode.episode().client(), visit));
            }
        }
        return ok(searchset(encounters));
    }

    @GetMapping("/fhir/EpisodeOfCare")
    ResponseEntity<String> episodes(CurrentPractice practice, @RequestParam(required = false) String patient) {
        return ok(searchset(episodesOf(practice, patient).stream()
            .map(episode -> EpisodeOfCareMapper.toFhir(practice.id(), episode.episode()))
            .toList()));
    }

    private List<ClientRecord.EpisodeVisits> episodesOf(CurrentPractice practice, String patient) {
        if (patient == null || patient.isBlank()) {
            throw new BadRequestException("patient", "search one patient's records: ?patient=Patient/{id}");
        }
        return reference(patient, "Patient").flatMap(id -> records.record(practice, new ClientId(id)))
            .map(ClientRecord::episodes)
            .orElse(List.of());
    }
}
