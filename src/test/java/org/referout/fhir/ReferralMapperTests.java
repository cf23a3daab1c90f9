package org.referout.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.practice.UserId;
import org.referout.referral.Addressee;
import org.referout.referral.Recipient;
import org.referout.referral.RecipientId;
import org.referout.referral.Referral;
import org.referout.referral.ReferralId;
import org.referout.referral.ReferralStatus;
import org.referout.referral.Urgency;

/** ServiceRequest and Task validate for every referral status; Task.status follows the lifecycle (BSeR/360X). */
@Tag("slow")
class ReferralMapperTests {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-04-01T10:00:00Z");

    static Referral referral(ReferralStatus status) {
        return new Referral(new ReferralId(9), new ClientId(11), new EpisodeId(3), Urgency.URGENT,
                "Pain not improving after 6 visits", "Please assess for radiculopathy", status, "MANUAL",
                new UserId(5), AT, AT.plusDays(2), AT.plusDays(1), null, status == ReferralStatus.SCHEDULED
                        ? LocalDate.of(2026, 4, 10) : null, null, null, null, null, null, null, null, null, 0);
    }

    @Test
    void everyStatusMapsToAValidTaskAndServiceRequest() {
        var recipient = new Recipient(new RecipientId(4), "Dr. Lee", "Eugene Spine", "Physician", "207Q00000X", null,
                "lee@example.test", null, null, null, AT);
        for (ReferralStatus status : ReferralStatus.values()) {
            Task task = TaskMapper.toFhir(referral(status));
            assertThat(FhirValidation.errors(task)).as(status.name()).isEmpty();
            assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo(status.name());
            assertThat(FhirValidation.errors(ServiceRequestMapper.toFhir(referral(status),
                    List.of(new Addressee(recipient, AT, null, null, null, null))))).as(status.name()).isEmpty();
        }
        assertThat(TaskMapper.status(ReferralStatus.SENT)).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(TaskMapper.status(ReferralStatus.DECLINED)).isEqualTo(Task.TaskStatus.REJECTED);
        assertThat(TaskMapper.status(ReferralStatus.CLOSED)).isEqualTo(Task.TaskStatus.COMPLETED);
    }
}
