package org.referout.intake;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;

/**
 * An intake link as stored (never its token: only the hash is kept). {@code episode} is the episode a PRE_VISIT
 * link re-checks, or the one an INTAKE link started once completed.
 */
public record IntakeLink(PracticeId practice, IntakeLinkId id, ClientId client, EpisodeId episode, LinkKind kind,
        UserId createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
        OffsetDateTime completedAt, int attempts) {

    /** Completed and revoked win over expired: they say more about what happened. */
    public LinkState state(Instant now) {
        if (completedAt != null) {
            return LinkState.COMPLETED;
        }
        if (revokedAt != null) {
            return LinkState.REVOKED;
        }
        return now.isBefore(expiresAt.toInstant()) ? LinkState.OPEN : LinkState.EXPIRED;
    }
}
