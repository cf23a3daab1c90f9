package org.referout.episode;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as entered; checked by Episodes.recordVisit before anything is stored. {@code overrideReason} is the
 * therapist's written reason to treat despite an emergency or urgent red flag (C4); null otherwise.
 */
public record VisitInput(LocalDate date, Integer durationMinutes, List<String> techniques, VisitNotes notes,
        List<ScoreInput> scores, String overrideReason) {

    public VisitInput(LocalDate date, Integer durationMinutes, List<String> techniques, VisitNotes notes,
            List<ScoreInput> scores) {
        this(date, durationMinutes, techniques, notes, scores, null);
    }
}
