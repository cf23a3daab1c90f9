package org.referout.fhir;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.referout.referral.Addressee;
import org.referout.referral.Referral;

/** A referral as the FHIR ServiceRequest of a BSeR/360X-style closed loop; its Task (TaskMapper) tracks the loop. */
final class ServiceRequestMapper {

    private ServiceRequestMapper() {
    }

    static ServiceRequest toFhir(Referral referral, List<Addressee> addressees) {
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id().toString());
        Versions.set(request, referral.version(), referral.updatedAt());
        request.setStatus(switch (referral.status()) {
            case DRAFT -> ServiceRequest.ServiceRequestStatus.DRAFT;
            case CLOSED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case CANCELLED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        });
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(switch (referral.urgency()) {
            case ROUTINE -> ServiceRequest.ServiceRequestPriority.ROUTINE;
            case URGENT -> ServiceRequest.ServiceRequestPriority.URGENT;
            case EMERGENCY -> ServiceRequest.ServiceRequestPriority.STAT;
        });
        request.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "3457005", "Patient referral"))
            .setText("Referral"));
        request.setSubject(new Reference("Patient/" + referral.client()));
        request.addSupportingInfo(new Reference("EpisodeOfCare/" + referral.episode()));
        request.setAuthoredOn(Date.from(referral.createdAt().toInstant()));
        request.setRequester(new Reference("Practitioner/" + referral.createdBy()));
        for (Addressee addressee : addressees) {
            request.addPerformer(new Reference().setDisplay(addressee.recipient().displayName()));
        }
        if (referral.reason() != null) {
            request.addReasonCode().setText(referral.reason());
        }
        if (referral.question() != null) {
            request.addNote().setText(referral.question());
        }
        return request;
    }
}
