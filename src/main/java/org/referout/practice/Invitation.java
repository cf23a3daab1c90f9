package org.referout.practice;

import java.time.OffsetDateTime;

public record Invitation(PracticeId practiceId, long id, String email, Role role, OffsetDateTime expiresAt,
        OffsetDateTime acceptedAt) {
}
