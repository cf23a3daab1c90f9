package org.referout.referral;

import java.time.OffsetDateTime;

/** One step on a referral's timeline: what happened, who did it (a user, the recipient, the client, ReferOut). */
public record TimelineEntry(long id, ReferralId referral, OffsetDateTime at, String actor, String actorKind,
        String kind, String detail) {

    /** What happened in plain words for the pages; {@link #kind} stays the stored code the API and FHIR show. */
    public String label() {
        return TimelineKinds.label(kind);
    }
}
