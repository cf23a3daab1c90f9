package org.referout.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;
import org.referout.practice.UserId;

/**
 * An intake link as stored (never its token: only the hash is kept). {@code episode} is the episode a PRE_VISIT
 * link re-checks, the open episode an INTAKE link was made for, or the one an INTAKE link started once completed.
 * {@code sentTo}/{@code sentAt}: where and when the app e-mailed it (null: only copied or shown as a QR code).
 */
public record IntakeLink(PracticeId practice, IntakeLinkId id, ClientId client, EpisodeId episode, LinkKind kind,
        UserId createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
        OffsetDateTime completedAt, int attempts, String sentTo, OffsetDateTime sentAt, IntakeLinkId replacedBy) {

    /** Revoked because the practice sent the client a newer link (the old token then answers like an expired one). */
    public boolean replaced() {
        return replacedBy != null;
    }

    /** For a new intake with {@code episode} set from the start: the open episode the therapist chose. */
    public boolean forChosenEpisode() {
        return kind == LinkKind.INTAKE && episode != null && completedAt == null;
    }

    /** The state as the practice's pages say it: "answered on 2 Dec 2026", "waiting for the answer, until …". */
    public String stateInWords(Instant now, ZoneId zone) {
        if (replaced()) {
            return "replaced by a newer link";
        }
        return switch (state(now)) {
            case COMPLETED -> "answered on " + completedAt.atZoneSameInstant(zone).format(DAY);
            case OPEN -> "waiting for the answer, until " + expiresAt.atZoneSameInstant(zone).format(DAY);
            case EXPIRED -> "expired without an answer";
            case REVOKED -> "cancelled";
        };
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
