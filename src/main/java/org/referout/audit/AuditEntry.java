package org.referout.audit;

import java.time.OffsetDateTime;

public record AuditEntry(long id, OffsetDateTime at, Long userId, String actor, String action, String subjectType,
        String subjectId, Long clientId, String detail, String remoteAddress) {

    /** The action in plain words for the page ("CLIENT_READ" reads "Client read"); the export keeps the code. */
    public String what() {
        return label(action);
    }

    public static String label(String action) {
        String words = action.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
