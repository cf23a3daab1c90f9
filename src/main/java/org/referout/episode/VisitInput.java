package org.referout.episode;

import java.time.LocalDate;
import java.util.List;

/** A visit as entered; checked by Episodes.recordVisit before anything is stored. */
public record VisitInput(LocalDate date, Integer durationMinutes, List<String> techniques, VisitNotes notes,
        List<ScoreInput> scores) {
}
