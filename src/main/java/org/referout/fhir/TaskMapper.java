package org.referout.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.referout.referral.Referral;
import org.referout.referral.ReferralStatus;

/**
 * The referral's lifecycle as a FHIR Task, after HL7 BSeR and 360X: Task.status carries the FHIR state a
 * receiving system understands, businessStatus the exact ReferOut step (SCHEDULED and SEEN are both
 * "in-progress" in FHIR terms). This class owns that mapping.
 */
final class TaskMapper {

    static final String BUSINESS_STATUS = "https://referout.org/fhir/CodeSystem/referral-status";

    private TaskMapper() {
    }

    static Task toFhir(Referral referral) {
        Task task = new Task();
        task.setId(referral.id().toString());
        Versions.set(task, referral.version(), referral.updatedAt());
        task.setStatus(status(referral.status()));
        task.setBusinessStatus(new CodeableConcept(new Coding(BUSINESS_STATUS, referral.status().name(),
                referral.status().label())).setText(referral.status().label()));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setPriority(switch (referral.urgency()) {
            case ROUTINE -> Task.TaskPriority.ROUTINE;
            case URGENT -> Task.TaskPriority.URGENT;
            case EMERGENCY -> Task.TaskPriority.STAT;
        });
        task.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                "Fulfill the focal request")));
        task.setFocus(new Reference("ServiceRequest/" + referral.id()));
        task.setFor(new Reference("Patient/" + referral.client()));
        task.setAuthoredOn(Date.from(referral.createdAt().toInstant()));
        task.setLastModified(Date.from(referral.updatedAt().toInstant()));
        task.setRequester(new Reference("Practitioner/" + referral.createdBy()));
        if (referral.scheduledFor() != null) {
            task.getExecutionPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(
                    referral.scheduledFor().toString()));
        }
        return task;
    }

    static Task.TaskStatus status(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> Task.TaskStatus.DRAFT;
            case SENT -> Task.TaskStatus.REQUESTED;
            case ACCEPTED -> Task.TaskStatus.ACCEPTED;
            case DECLINED -> Task.TaskStatus.REJECTED;
            case SCHEDULED, SEEN -> Task.TaskStatus.INPROGRESS;
            case CLOSED -> Task.TaskStatus.COMPLETED;
            case CANCELLED -> Task.TaskStatus.CANCELLED;
        };
    }
}
