package org.referout.fhir;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
    ResponseEntity<String> notesOf(CurrentPractice practice, HttpServletRequest request) {
        Search search = search(request, "DocumentReference");
        return ok(search.page(NotesMapper.of(episodesOf(practice, search))));
    }

    @GetMapping("/fhir/Encounter")
    ResponseEntity<String> encounters(CurrentPractice practice, HttpServletRequest request) {
        Search search = search(request, "Encounter");
        List<List<Search.DateParam>> allDates = new ArrayList<>();
        for (String value : search.all("date")) {
            allDates.add(Search.alternatives(value).stream().map(d -> Search.DateParam.parse("date", d)).toList());
        }
        List<Resource> encounters = new ArrayList<>();
        for (ClientRecord.EpisodeVisits episode : episodesOf(practice, search)) {
            for (Visit visit : episode.visits()) {
                if (allDates.stream().allMatch(any -> any.stream().anyMatch(d -> d.matches(visit.date())))) {
                    encounters.add(EncounterMapper.toFhir(practice.id(), episode.episode().client(), visit));
                }
            }
        }
        return ok(search.page(encounters));
    }

    @GetMapping("/fhir/EpisodeOfCare")
    ResponseEntity<String> episodes(CurrentPractice practice, HttpServletRequest request) {
        Search search = search(request, "EpisodeOfCare");
        return ok(search.page(episodesOf(practice, search).stream()
            .map(episode -> EpisodeOfCareMapper.toFhir(practice.id(), episode.episode()))
            .toList()));
    }

    private static Search search(HttpServletRequest request, String type) {
        return Search.of(request, type, MetadataController.supported(type).names());
    }

    /** One patient's (every {@code patient} parameter must name the same one). */
    private List<ClientRecord.EpisodeVisits> episodesOf(CurrentPractice practice, Search search) {
        List<String> patients = search.all("patient");
        if (patients.isEmpty() || patients.stream().allMatch(String::isBlank)) {
            throw new BadRequestException("patient", "search one patient's records: ?patient=Patient/{id}");
        }
        List<Long> ids = patients.stream().map(p -> reference(p, "Patient").orElse(-1L)).distinct().toList();
        if (ids.size() != 1 || ids.get(0) < 0) {
            return List.of();
        }
        return records.record(practice, new ClientId(ids.get(0))).map(ClientRecord::episodes).orElse(List.of());
    }
}
