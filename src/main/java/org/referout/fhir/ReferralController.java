package org.referout.fhir;

import java.util.List;
import java.util.function.Predicate;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.referout.client.ClientId;
import org.referout.practice.CurrentPractice;
import org.referout.referral.Referral;
import org.referout.referral.ReferralId;
import org.referout.referral.Referrals;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals as ServiceRequest + Task (same id: the referral's REST id), read and searched by patient, status and
 * (Task) focus. Erased clients' referrals are 404 and never found.
 */
@RestController("fhirReferralController")
class ReferralController extends FhirEndpoint {

    private final Referrals referrals;
    private final ClientRecords records;

    ReferralController(FhirContext fhir, Referrals referrals, ClientRecords records) {
        super(fhir);
        this.referrals = referrals;
        this.records = records;
    }

    @GetMapping("/fhir/ServiceRequest/{id}")
    ResponseEntity<String> serviceRequest(CurrentPractice practice, @PathVariable String id) {
        Referral referral = find(practice, id);
        return ok(ServiceRequestMapper.toFhir(referral, referrals.addressees(practice, referral.id())));
    }

    @GetMapping("/fhir/Task/{id}")
    ResponseEntity<String> task(CurrentPractice practice, @PathVariable String id) {
        return ok(TaskMapper.toFhir(find(practice, id)));
    }

    /** {@code status} is a ServiceRequest status code (draft, active, completed, revoked). */
    @GetMapping("/fhir/ServiceRequest")
    ResponseEntity<String> serviceRequests(CurrentPractice practice, @RequestParam(required = false) String patient,
            @RequestParam(required = false) String status) {
        ServiceRequest.ServiceRequestStatus wanted = status == null ? null
                : code(status, ServiceRequest.ServiceRequestStatus::fromCode);
        return ok(searchset(search(practice, patient).stream()
            .map(referral -> ServiceRequestMapper.toFhir(referral, records.addressees(practice, referral)))
            .filter(request -> wanted == null || request.getStatus() == wanted)
            .toList()));
    }

    /** {@code status} is a Task status code (requested, accepted, in-progress ...); {@code focus} a ServiceRequest. */
    @GetMapping("/fhir/Task")
    ResponseEntity<String> tasks(CurrentPractice practice, @RequestParam(required = false) String patient,
            @RequestParam(required = false) String status, @RequestParam(required = false) String focus) {
        Task.TaskStatus wanted = status == null ? null : code(status, Task.TaskStatus::fromCode);
        Predicate<Referral> focused = focus == null ? referral -> true
                : referral -> reference(focus, "ServiceRequest").map(id -> id == referral.id().value()).orElse(false);
        return ok(searchset(search(practice, patient).stream().filter(focused)
            .map(TaskMapper::toFhir)
            .filter(task -> wanted == null || task.getStatus() == wanted)
            .toList()));
    }

    /** A patient's referrals (read through their record, so audited like it), or the practice's. */
    private List<Referral> search(CurrentPractice practice, String patient) {
        if (patient == null) {
            return records.referrals(practice);
        }
        return reference(patient, "Patient").flatMap(id -> records.record(practice, new ClientId(id)))
            .map(record -> records.referrals(practice, record))
            .orElse(List.of());
    }

    private interface Parser<T> {
        T parse(String code) throws FHIRException;
    }

    /** A status token ("active" or "http://hl7.org/fhir/request-status|active"); an unknown code is a 400. */
    private static <T> T code(String token, Parser<T> parser) {
        String code = token.contains("|") ? token.substring(token.indexOf('|') + 1) : token;
        try {
            T parsed = parser.parse(code.strip());
            if (parsed != null) {
                return parsed;
            }
        }
        catch (FHIRException | IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw new BadRequestException("status", "is not a status code: " + token);
    }

    private Referral find(CurrentPractice practice, String id) {
        return referrals.find(practice, new ReferralId(numericId(id)))
            .filter(referral -> records.clientExists(practice, referral))
            .orElseThrow(NotFoundException::new);
    }
}
