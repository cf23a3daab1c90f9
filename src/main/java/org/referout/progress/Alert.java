package org.referout.progress;

import java.time.OffsetDateTime;
import java.util.List;

import org.referout.client.ClientId;
import org.referout.clinical.Complaint;
import org.referout.clinical.Reason;
import org.referout.clinical.Recommendation;
import org.referout.clinical.Status;
import org.referout.episode.EpisodeId;
import org.referout.episode.VisitId;
import org.referout.practice.UserId;

/**
 * An alert raised after a visit turned an episode amber or red, with the evaluation as it read then, and the
 * decision once acknowledged. {@code k} is the scored-visit number (the chart's x axis) of {@code visit}, computed
 * when read: a visit back-filled with an earlier date moves it on (only the visit's id is stored).
 * {@code supersededBy}: the later alert of the same episode that replaced this one while it was undecided (null
 * otherwise).
 */
public record Alert(AlertId id, EpisodeId episode, ClientId client, String clientName, Complaint complaint,
        VisitId visit, int k, AlertLevel level, Status status, Recommendation recommendation, List<Reason> reasons,
        OffsetDateTime raisedAt, Decision decision, UserId decidedBy, OffsetDateTime decidedAt, int version,
        AlertId supersededBy) {

    public Alert {
        reasons = List.copyOf(reasons);
    }

    /** Waiting for a decision: not decided, and not superseded by a later alert of the episode (one card each). */
    public boolean isOpen() {
        return decision == null && supersededBy == null;
    }

    /** The worklist level of the card: emergency, urgent, refer or review. */
    public CardLevel cardLevel() {
        return CardLevel.of(recommendation);
    }

    public boolean superseded() {
        return supersededBy != null;
    }
}
