package org.referout.practice;

import java.time.OffsetDateTime;

/** A practice: the tenant. A solo therapist is a practice of one. */
public record Practice(PracticeId id, String name, String letterhead, OffsetDateTime createdAt, int version) {
}
