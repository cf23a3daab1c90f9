package org.referout.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.referout.clinical.EpisodeEvaluator;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Evaluation;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.InvalidEpisodeException;
import org.referout.clinical.Measure;
import org.referout.clinical.Score;
import org.referout.clinical.Status;
import org.referout.insights.EpisodeFacts.VisitFacts;

/**
 * Replays an episode through the stateless clinical core (R7): the evaluation after visit 1, after visit 2, …, as
 * the therapist would have seen it then.
 */
final class OutcomeReplay {

    private OutcomeReplay() {
    }

    static EpisodeOutcome replay(EpisodeFacts episode, ExpectedCurves curves) {
        List<Status> statusAfter = new ArrayList<>();
        Optional<Evaluation> latest = Optional.empty();
        Integer firstImprovement = null;
        Integer firstOffTrack = null;
        List<Score> scores = new ArrayList<>();
        for (VisitFacts visit : episode.visits()) {
            visit.scores().forEach(score -> scores.add(toClinical(visit, score)));
            Optional<Evaluation> now = evaluate(episode, scores, curves);
            if (now.isPresent()) {
                latest = now;
            }
            Status status = latest.map(Evaluation::status).orElse(Status.INSUFFICIENT_DATA);
            statusAfter.add(status);
            if (firstImprovement == null && latest.map(Evaluation::importantImprovement).orElse(false)) {
                firstImprovement = visit.number();
            }
            if (firstOffTrack == null && EpisodeOutcome.isOffTrack(status)) {
                firstOffTrack = visit.number();
            }
        }
        return new EpisodeOutcome(episode, statusAfter, latest, Optional.ofNullable(firstImprovement),
                Optional.ofNullable(firstOffTrack));
    }

    /** Stored scores passed R1 when recorded; an episode that still cannot be evaluated counts as too few scores. */
    private static Optional<Evaluation> evaluate(EpisodeFacts episode, List<Score> scores, ExpectedCurves curves) {
        EpisodeInput input = EpisodeInput.of(episode.complaint(), episode.chronic(), episode.primaryMeasure(),
                scores);
        try {
            return Optional.of(EpisodeEvaluator.evaluate(input, curves));
        }
        catch (InvalidEpisodeException e) {
            return Optional.empty();
        }
    }

    private static Score toClinical(VisitFacts visit, org.referout.episode.Score score) {
        Measure measure = score.measure();
        int[] items = !measure.isSingleItem() ? score.items().stream().mapToInt(Integer::intValue).toArray()
                : new int[] { score.value() };
        return new Score(visit.number(), visit.date(), measure, items);
    }
}
