package org.referout.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.referout.client.ClientId;
import org.referout.episode.Score;
import org.referout.episode.Visit;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Scores as Observations: read by id ({visit}-{measure}) and search one patient's by code, category, status, date. */
@RestController
class ObservationController extends FhirEndpoint {

    private final ClientRecords records;

    ObservationController(FhirContext fhir, ClientRecords records) {
        super(fhir);
        this.records = records;
    }

    @GetMapping("/fhir/Observation/{id}")
    ResponseEntity<String> read(CurrentPractice practice, @PathVariable String id) {
        ObservationId observation = ObservationId.parse(id).orElseThrow(NotFoundException::new);
        ClientRecord.EpisodeVisits found = records.visit(practice, observation.visit())
            .orElseThrow(NotFoundException::new);
        Visit visit = found.visits().get(0);
        Score score = visit.scores().stream().filter(s -> s.measure() == observation.measure()).findFirst()
            .orElseThrow(NotFoundException::new);
        return ok(ObservationMapper.toFhir(found.episode().client(), found.episode(), visit, score,
                records.times(practice, visit.id()).getOrDefault(ObservationId.of(visit.id(), score.measure()),
                        ObservationTimes.Times.NONE)));
    }

    /**
     * {@code patient} (or {@code subject}) is required: a practice's scores are only ever read client by client
     * (every read is audited against a client's record).
     */
    @GetMapping("/fhir/Observation")
    ResponseEntity<String> search(CurrentPractice practice, HttpServletRequest request) {
        MetadataController.Supported supported = MetadataController.supported("Observation");
        Search search = Search.of(request, "Observation", supported.names());
        List<String> patients = new ArrayList<>(search.all("patient"));
        patients.addAll(search.all("subject"));
        if (patients.isEmpty() || patients.stream().allMatch(String::isBlank)) {
            throw new BadRequestException("patient", "search Observations of one patient: ?patient=Patient/{id}");
        }
        Long client = null;
        for (String value : patients) {
            Long named = reference(value, "Patient").orElse(-1L);
            if (client != null && !client.equals(named)) {
                return ok(search.page(List.of()));
            }
            client = named;
        }
        var record = client < 0 ? java.util.Optional.<ClientRecord>empty()
                : records.record(practice, new ClientId(client));
        Predicate<Observation> wanted = ObservationController.<Observation>tokens(search, "code",
                o -> o.getCode().getCoding());
        wanted = wanted.and(tokens(search, "category", (Observation o) -> o.getCategoryFirstRep().getCoding()));
        wanted = wanted.and(tokens(search, "status", (Observation o) -> List.of(new Coding(o.getStatus().getSystem(),
                o.getStatus().toCode(), null))));
        wanted = wanted.and(search::idMatches);
        for (String value : search.all("date")) {
            var alternatives = Search.alternatives(value).stream().map(d -> Search.DateParam.parse("date", d)).toList();
            wanted = wanted.and(o -> alternatives.stream().anyMatch(d -> d.matches(
                    java.time.LocalDate.parse(o.getEffectiveDateTimeType().getValueAsString().substring(0, 10)))));
        }
        List<Observation> matches = record.map(BundleExport::observations).orElse(List.of()).stream().filter(wanted)
            .toList();
        int from = (int) Math.min(search.offset(), matches.size());
        List<Observation> page = matches.subList(from, Math.min(from + search.count(), matches.size()));
        return ok(search.page(page, matches.size(), included(practice, search, record.orElse(null), page)));
    }

    /** {@code _include}: the Patient and the visits (Encounters) of this page's Observations. */
    private List<Resource> included(CurrentPractice practice, Search search, ClientRecord record,
            List<Observation> page) {
        if (record == null || page.isEmpty()) {
            return List.of();
        }
        Map<String, Resource> included = new LinkedHashMap<>();
        for (String include : search.all("_include")) {
            switch (include) {
                case "Observation:patient", "Observation:subject" ->
                    included.put("Patient", PatientMapper.toFhir(record.client()));
                case "Observation:encounter" -> {
                    for (ClientRecord.EpisodeVisits episode : record.episodes()) {
                        for (Visit visit : episode.visits()) {
                            if (page.stream().anyMatch(o -> o.getEncounter().getReference()
                                    .equals("Encounter/" + visit.id()))) {
                                included.put("Encounter/" + visit.id(),
                                        EncounterMapper.toFhir(practice.id(), record.client().id(), visit));
                            }
                        }
                    }
                }
                default -> throw new BadRequestException("_include", "serves Observation:patient, "
                        + "Observation:subject and Observation:encounter");
            }
        }
        return new ArrayList<>(included.values());
    }

    /** Every {@code name} parameter must hold (AND); within one, any comma alternative (OR). */
    static <R> Predicate<R> tokens(Search search, String name,
            java.util.function.Function<R, List<Coding>> codings) {
        Predicate<R> all = r -> true;
        for (String value : search.all(name)) {
            List<Search.Token> any = Search.alternatives(value).stream().map(Search.Token::parse).toList();
            all = all.and(r -> codings.apply(r).stream()
                .anyMatch(coding -> any.stream().anyMatch(t -> t.matches(coding.getSystem(), coding.getCode()))));
        }
        return all;
    }
}
