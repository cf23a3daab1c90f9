package org.referout.episode;

/** SOAP notes and homework of a visit; every part optional. */
public record VisitNotes(String subjective, String objective, String assessment, String plan, String homework) {

    public static final VisitNotes NONE = new VisitNotes(null, null, null, null, null);

    VisitNotes normalized() {
        return new VisitNotes(trim(subjective), trim(objective), trim(assessment), trim(plan), trim(homework));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
