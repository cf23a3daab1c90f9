package org.referout.audit;

import java.time.OffsetDateTime;

public record AuditEntry(long id, OffsetDateTime at, Long userId, String actor, String action, String subjectType,
        String subjectId, Long clientId, String detail, String remoteAddress) {

    /** The action in plain words for the page ("CLIENT_READ" reads "Client read"); the export keeps the code. */
    public String what() {
        return label(action);
    }

    /**
     * The detail for the page: callers record codes in it (a complaint, an urgency, a link kind: "PRE_VISIT"), which
     * read as lower-case words here ("pre visit"); the export keeps the detail as recorded. The standards' own
     * abbreviations stay capitals.
     */
    public String detailText() {
        if (detail == null) {
            return null;
        }
        return CODE.matcher(detail).replaceAll(code -> ABBREVIATIONS.contains(code.group())
                ? code.group() : code.group().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
    }

    /** What the entry is about ("intake link 12"); the export keeps the type's code. */
    public String subject() {
        return subjectType.replace('_', ' ') + (subjectId == null ? "" : " " + subjectId);
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern
        .compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\\b(?<=\\w{3})");
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("FHIR", "NPRS", "PSFS", "PEG", "RDQ",
            "GROC", "NPI", "CSV", "PDF", "UTC");

    public static String label(String action) {
        String words = action.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
