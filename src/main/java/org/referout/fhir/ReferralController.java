package org.referout.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.referout.client.Clients;
import org.referout.practice.CurrentPractice;
import org.referout.referral.Referral;
import org.referout.referral.ReferralId;
import org.referout.referral.Referrals;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Referrals as ServiceRequest + Task (same id: the referral's REST id). Erased clients' referrals are 404. */
@RestController("fhirReferralController")
class ReferralController extends FhirEndpoint {

    private final Referrals referrals;
    private final Clients clients;

    ReferralController(FhirContext fhir, Referrals referrals, Clients clients) {
        super(fhir);
        this.referrals = referrals;
        this.clients = clients;
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

    private Referral find(CurrentPractice practice, String id) {
        return referrals.find(practice, new ReferralId(numericId(id)))
            .filter(referral -> clients.exists(practice.id(), referral.client()))
            .orElseThrow(NotFoundException::new);
    }
}
