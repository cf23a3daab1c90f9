package org.referout.referral;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When a loop counts as overdue: a sent referral without an answer, an accepted one without a date, or a scheduled
 * one not reported as seen — each measured from the last step that should have been followed by another.
 */
final class OverdueRule {

    private OverdueRule() {
    }

    static Optional<OffsetDateTime> since(Referral referral) {
        return switch (referral.status()) {
            case SENT -> Optional.ofNullable(referral.sentAt());
            case ACCEPTED -> Optional.ofNullable(referral.respondedAt());
            case SCHEDULED -> Optional.ofNullable(referral.scheduledFor() == null ? referral.updatedAt()
                    : referral.scheduledFor().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
            default -> Optional.empty();
        };
    }

    static boolean isOverdue(OffsetDateTime since, OffsetDateTime now, int days) {
        return !since.plus(Duration.ofDays(days)).isAfter(now);
    }
}
