package org.referout.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Observation;
import org.referout.client.ClientId;
import org.referout.episode.Measure;
import org.referout.episode.Score;
import org.referout.episode.Visit;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scores as Observations: read by id ({visit}-{measure}) and search by patient and code. */
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
        return ok(ObservationMapper.toFhir(found.episode().client(), found.episode(), visit, score));
    }

    /**
     * {@code patient} is required: a practice's scores are only ever read client by client (every read is audited
     * against a client's record). {@code code} narrows to one measure, e.g. {@code http://loinc.org|72514-3}.
     */
    @GetMapping("/fhir/Observation")
    ResponseEntity<String> search(CurrentPractice practice, @RequestParam(required = false) String patient,
            @RequestParam(required = false) String code) {
        if (patient == null || patient.isBlank()) {
            throw new BadRequestException("patient", "search Observations of one patient: ?patient=Patient/{id}");
        }
        Measure measure = code == null || code.isBlank() ? null : ObservationMapper.measure(code);
        if (code != null && !code.isBlank() && measure == null) {
            return ok(searchset(List.of()));
        }
        List<Observation> observations = reference(patient, "Patient")
            .flatMap(id -> records.record(practice, new ClientId(id)))
            .map(BundleExport::observations)
            .orElse(List.of())
            .stream()
            .filter(observation -> measure == null
                    || ObservationMapper.code(measure).getCodingFirstRep().getCode()
                        .equals(observation.getCode().getCodingFirstRep().getCode()))
            .toList();
        return ok(searchset(observations));
    }
}
