package org.referout.insights;

import java.time.Instant;

import org.referout.clinical.Cbi;
import org.referout.clinical.CbiAnswers;
import org.referout.clinical.CbiScores;

/** One burnout self-check a user took: their answers and the scale scores computed from them (R9). */
public record BurnoutCheck(long id, Instant takenAt, CbiAnswers answers) {

    public CbiScores scores() {
        return Cbi.score(answers);
    }
}
