package org.referout.progress;

import java.util.ArrayList;
import java.util.List;

import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Measure;
import org.referout.clinical.Score;
import org.referout.episode.ScoreHistory;

/**
 * Turns the episode module's stored scores into the clinical engine's input (R7.1): the scores of the first
 * visits, as the engine's {@link Score}s.
 */
final class ClinicalInput {

    private ClinicalInput() {
    }

    static EpisodeInput from(ScoreHistory history, EpisodeRedFlags.Flags flags) {
        return from(history, flags, Integer.MAX_VALUE);
    }

    /** The episode as it stood after its first {@code visits} visits (for the evaluation after each visit). */
    static EpisodeInput from(ScoreHistory history, EpisodeRedFlags.Flags flags, int visits) {
        List<Score> scores = new ArrayList<>(history.scores().size());
        for (ScoreHistory.Entry entry : history.scores()) {
            if (entry.visit() <= visits) {
                scores.add(score(entry.visit(), entry.date(), entry.score()));
            }
        }
        return new EpisodeInput(history.complaint(), history.chronic(), history.primaryMeasure(), flags.raised(),
                flags.cleared(), scores);
    }

    static Score score(int visit, java.time.LocalDate date, org.referout.episode.Score stored) {
        Measure measure = stored.measure();
        if (!measure.isSingleItem()) {
            return Score.ofItems(visit, date, measure, stored.items().stream().mapToInt(Integer::intValue).toArray());
        }
        return Score.of(visit, date, measure, stored.value());
    }

    /** Whether the primary measure has been scored at all: without a baseline there is nothing to evaluate. */
    static boolean hasBaseline(ScoreHistory history) {
        return history.scores().stream().anyMatch(entry -> entry.score().measure() == history.primaryMeasure());
    }
}
