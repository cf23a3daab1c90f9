package org.referout.progress;

import java.time.OffsetDateTime;
import java.util.List;

import org.referout.client.ClientId;
import org.referout.clinical.Reason;
import org.referout.clinical.Recommendation;
import org.referout.clinical.Status;
import org.referout.episode.Complaint;
import org.referout.episode.EpisodeId;
import org.referout.episode.VisitId;
import org.referout.practice.UserId;

/**
 * An alert raised after a visit turned an episode amber or red, with the evaluation as it read then, and the
 * decision once acknowledged. {@code k} is the scored-visit number (the chart's x axis).
 */
public record Alert(AlertId id, EpisodeId episode, ClientId client, String clientName, Complaint complaint,
        VisitId visit, int k, AlertLevel level, Status status, Recommendation recommendation, List<Reason> reasons,
        OffsetDateTime raisedAt, Decision decision, UserId decidedBy, OffsetDateTime decidedAt, int version) {

    public Alert {
        reasons = List.copyOf(reasons);
    }

    public boolean isOpen() {
        return decision == null;
    }
}
