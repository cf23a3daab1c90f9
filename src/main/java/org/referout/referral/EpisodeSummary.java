package org.referout.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * What a referral tells the recipient about the episode, frozen when it is drafted and again when sent, so the
 * recipient reads what the client consented to share and later edits to the record do not leak through.
 */
public record EpisodeSummary(String clientFirstName, String clientLastName, LocalDate clientBirthDate,
        String clientZip, String complaintCode, String complaint,
        LocalDate startDate, int visits, List<String> techniques, String goals, String measure, List<Point> scores,
        List<String> notes, List<String> redFlags, String clientPhone, String clientEmail, String clientAddress) {

    public EpisodeSummary {
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        scores = scores == null ? List.of() : List.copyOf(scores);
        notes = notes == null ? List.of() : List.copyOf(notes);
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    }

    /** Summaries frozen before contact details were taken have none. */
    public boolean hasContact() {
        return clientPhone != null || clientEmail != null || clientAddress != null;
    }

    public String clientName() {
        return clientFirstName + " " + clientLastName;
    }

    /** The primary measure at one visit. */
    public record Point(int visit, LocalDate date, double value) {
    }

    public String scoreLine() {
        if (scores.isEmpty()) {
            return "no scores recorded";
        }
        Point first = scores.get(0);
        Point last = scores.get(scores.size() - 1);
        return measure + " " + format(first.value()) + " at visit " + first.visit() + ", " + format(last.value())
                + " at visit " + last.visit();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
