package org.referout.fhir;

import java.util.List;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

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

    /** {@code status} is a ServiceRequest status code (draft, active, completed, revoked); commas for OR. */
    @GetMapping("/fhir/ServiceRequest")
    ResponseEntity<String> serviceRequests(CurrentPractice practice, HttpServletRequest request) {
        Search search = Search.of(request, "ServiceRequest", MetadataController.supported("ServiceRequest").names());
        List<Predicate<ServiceRequest>> statuses = search.all("status").stream()
            .map(value -> Search.alternatives(value).stream()
                .map(code -> code(code, ServiceRequest.ServiceRequestStatus::fromCode)).toList())
            .<Predicate<ServiceRequest>>map(any -> request1 -> any.contains(request1.getStatus())).toList();
        return ok(search.page(search(practice, search).stream()
            .map(referral -> ServiceRequestMapper.toFhir(referral, records.addressees(practice, referral)))
            .filter(one -> statuses.stream().allMatch(status -> status.test(one)))
            .toList()));
    }

    /** {@code status} is a Task status code (requested, accepted, in-progress ...); {@code focus} a ServiceRequest. */
    @GetMapping("/fhir/Task")
    ResponseEntity<String> tasks(CurrentPractice practice, HttpServletRequest request) {
        Search search = Search.of(request, "Task", MetadataController.supported("Task").names());
        List<Predicate<Task>> statuses = search.all("status").stream()
            .map(value -> Search.alternatives(value).stream().map(code -> code(code, Task.TaskStatus::fromCode))
                .toList())
            .<Predicate<Task>>map(any -> task -> any.contains(task.getStatus())).toList();
        Predicate<Referral> focused = referral -> search.all("focus").stream()
            .allMatch(focus -> Search.alternatives(focus).stream().anyMatch(one -> reference(one, "ServiceRequest")
                .map(id -> id == referral.id().value()).orElse(false)));
        return ok(search.page(search(practice, search).stream().filter(focused)
            .map(TaskMapper::toFhir)
            .filter(task -> statuses.stream().allMatch(status -> status.test(task)))
            .toList()));
    }

    /** A patient's referrals (read through their record, so audited like it), or the practice's. */
    private List<Referral> search(CurrentPractice practice, Search search) {
        List<String> patients = search.all("patient");
        if (patients.isEmpty()) {
            return records.referrals(practice);
        }
        List<Long> ids = patients.stream().map(p -> reference(p, "Patient").orElse(-1L)).distinct().toList();
        if (ids.size() != 1 || ids.get(0) < 0) {
            return List.of();
        }
        return records.record(practice, new ClientId(ids.get(0)))
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
