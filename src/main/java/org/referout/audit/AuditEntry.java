package org.referout.audit;

import java.time.OffsetDateTime;

public record AuditEntry(long id, OffsetDateTime at, Long userId, String actor, String action, String subjectType,
        String subjectId, Long clientId, String detail, String remoteAddress) {
}
