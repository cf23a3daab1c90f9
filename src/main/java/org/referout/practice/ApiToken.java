package org.referout.practice;

import java.time.OffsetDateTime;

/** A per-user API token as listed to its owner; the token itself is shown once and stored only as a hash. */
public record ApiToken(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
