package org.referout.episode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.referout.client.ClientId;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.practice.UserId;

/** An episode of care as stored; {@code psfsActivities} are fixed at the start (R1), in order. */
public record Episode(EpisodeId id, ClientId client, UserId therapist, Complaint complaint, boolean chronic,
        List<String> bodyRegions, String goals, Measure primaryMeasure, List<String> psfsActivities,
        LocalDate startDate, EpisodeStatus status, DischargeReason dischargeReason, OffsetDateTime dischargedAt,
        int version, OffsetDateTime createdAt) {

    public Episode {
        bodyRegions = List.copyOf(bodyRegions);
        psfsActivities = List.copyOf(psfsActivities);
    }
}
