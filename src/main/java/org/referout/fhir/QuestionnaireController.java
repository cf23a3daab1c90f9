package org.referout.fhir;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.referout.client.ClientId;
import org.referout.intake.IntakeLinkId;
import org.referout.intake.Intakes;
import org.referout.intake.LinkKind;
import org.referout.intake.SubmittedIntake;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questionnaires (the product's own, the same for every practice) and QuestionnaireResponses (a client's completed
 * intake and before-visit links; id = the intake link's REST id, {@code /api/v1/intake-links/{id}}).
 */
@RestController
class QuestionnaireController extends FhirEndpoint {

    private final Intakes intakes;
    private final ClientRecords records;
    private final BundleExport export;

    QuestionnaireController(FhirContext fhir, Intakes intakes, ClientRecords records, BundleExport export) {
        super(fhir);
        this.intakes = intakes;
        this.records = records;
        this.export = export;
    }

    @GetMapping("/fhir/Questionnaire/{id}")
    ResponseEntity<String> questionnaire(CurrentPractice practice, @PathVariable String id) {
        return ok(questionnaire(id).orElseThrow(NotFoundException::new));
    }

    /** {@code url} (canonical) or {@code _id} narrow the three; nothing else is worth searching on. */
    @GetMapping("/fhir/Questionnaire")
    ResponseEntity<String> questionnaires(CurrentPractice practice, HttpServletRequest request) {
        Search search = Search.of(request, "Questionnaire", MetadataController.supported("Questionnaire").names());
        return ok(search.page(QuestionnaireMapper.IDS.stream()
            .filter(each -> search.all("url").stream().allMatch(url -> Search.alternatives(url)
                .contains(QuestionnaireMapper.url(each))))
            .map(each -> questionnaire(each).orElseThrow())
            .toList()));
    }

    @GetMapping("/fhir/QuestionnaireResponse/{id}")
    ResponseEntity<String> response(CurrentPractice practice, @PathVariable String id) {
        SubmittedIntake submitted = intakes.submitted(practice, new IntakeLinkId(numericId(id)))
            .filter(found -> records.client(practice, found.link().client()).isPresent())
            .orElseThrow(NotFoundException::new);
        return ok(toFhir(submitted));
    }

    /** One client's answers at a time ({@code patient} or {@code subject}): each read is audited against them. */
    @GetMapping("/fhir/QuestionnaireResponse")
    ResponseEntity<String> responses(CurrentPractice practice, HttpServletRequest request) {
        Search search = Search.of(request, "QuestionnaireResponse",
                MetadataController.supported("QuestionnaireResponse").names());
        List<String> references = new java.util.ArrayList<>(search.all("patient"));
        references.addAll(search.all("subject"));
        if (references.isEmpty() || references.stream().allMatch(String::isBlank)) {
            throw new BadRequestException("patient", "search one patient's answers: ?patient=Patient/{id}");
        }
        List<Long> ids = references.stream().map(p -> reference(p, "Patient").orElse(-1L)).distinct().toList();
        return ok(search.page(java.util.Optional.of(ids.get(0)).filter(id -> ids.size() == 1 && id >= 0)
            .map(ClientId::new)
            .filter(client -> records.client(practice, client).isPresent())
            .map(client -> export.responses(practice, client))
            .orElse(List.of())));
    }

    /** One red flag, by the id FlagMapper gives it ({@code {client}-saddle-numbness[-cleared]}). */
    @GetMapping("/fhir/Flag/{id}")
    ResponseEntity<String> flag(CurrentPractice practice, @PathVariable String id) {
        int dash = id.indexOf('-');
        if (dash <= 0 || !practice.seesClinicalData()) {
            throw new NotFoundException();
        }
        ClientId client = new ClientId(numericId(id.substring(0, dash)));
        return ok(records.client(practice, client).stream()
            .flatMap(found -> export.flags(practice, client).stream())
            .filter(flag -> flag.getIdElement().getIdPart().equals(id))
            .findFirst().orElseThrow(NotFoundException::new));
    }

    /** The client's red flags (R5) as Flags, one client at a time; each read is audited against the client. */
    @GetMapping("/fhir/Flag")
    ResponseEntity<String> flags(CurrentPractice practice, HttpServletRequest request) {
        Search search = Search.of(request, "Flag", MetadataController.supported("Flag").names());
        List<String> references = search.all("patient");
        if (references.isEmpty() || references.stream().allMatch(String::isBlank)) {
            throw new BadRequestException("patient", "search one patient's red flags: ?patient=Patient/{id}");
        }
        List<Long> ids = references.stream().map(p -> reference(p, "Patient").orElse(-1L)).distinct().toList();
        return ok(search.page(Optional.of(ids.get(0)).filter(id -> ids.size() == 1 && id >= 0)
            .map(ClientId::new)
            .filter(client -> practice.seesClinicalData() && records.client(practice, client).isPresent())
            .map(client -> export.flags(practice, client))
            .orElse(List.of())));
    }

    private QuestionnaireResponse toFhir(SubmittedIntake submitted) {
        return QuestionnaireMapper.toFhir(submitted, intakes.questions(submitted.link().kind()));
    }

    private Optional<Questionnaire> questionnaire(String id) {
        return switch (id) {
            case QuestionnaireMapper.INTAKE -> Optional.of(QuestionnaireMapper.toFhir(id, LinkKind.INTAKE.label(),
                    intakes.questions(LinkKind.INTAKE)));
            case QuestionnaireMapper.PRE_VISIT -> Optional.of(QuestionnaireMapper.toFhir(id,
                    LinkKind.PRE_VISIT.label(), intakes.questions(LinkKind.PRE_VISIT)));
            case QuestionnaireMapper.RED_FLAGS -> Optional.of(QuestionnaireMapper.toFhir(id, "Red-flag screen",
                    List.of(intakes.redFlagQuestions())));
            default -> Optional.empty();
        };
    }
}
