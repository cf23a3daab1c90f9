package org.referout.episode;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;

/**
 * Scores the client gave at home (a before-visit questionnaire, or an intake for an episode that already has
 * visits), waiting for the next visit: they pre-fill its score controls and show on the episode page until a visit
 * is recorded after them. {@code peg} has the three PEG items; {@code psfs} rates the episode's activities in order
 * (empty when the episode has none).
 */
public record AnsweredAtHome(OffsetDateTime answeredAt, int nprs, List<Integer> peg, List<Integer> psfs) {

    public AnsweredAtHome {
        peg = List.copyOf(peg);
        psfs = List.copyOf(psfs);
    }

    /** The day the client answered, as the pages say it: "2 Dec 2026". */
    public String day(ZoneId zone) {
        return answeredAt.atZoneSameInstant(zone).format(DAY);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
}
