package org.referout.episode;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The API's visit body. {@code notes} is either one text (kept as the subjective note) or an object with
 * subjective/objective/assessment/plan/homework; a top-level {@code homework} wins over the one in notes.
 * {@code overrideReason}: why the therapist treats despite an emergency or urgent red flag (C4; checked by intake).
 */
record VisitRequest(LocalDate date, Integer durationMinutes, List<String> techniques, Notes notes, String homework,
        List<ScoreInput> scores, String overrideReason) {

    VisitInput toInput() {
        VisitNotes given = notes == null ? VisitNotes.NONE : notes.toVisitNotes();
        VisitNotes merged = homework == null ? given
                : new VisitNotes(given.subjective(), given.objective(), given.assessment(), given.plan(), homework);
        return new VisitInput(date, durationMinutes, techniques, merged, scores, overrideReason);
    }

    record Notes(String subjective, String objective, String assessment, String plan, String homework) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Notes {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Notes text(String text) {
            return new Notes(text, null, null, null, null);
        }

        VisitNotes toVisitNotes() {
            return new VisitNotes(subjective, objective, assessment, plan, homework);
        }
    }
}
