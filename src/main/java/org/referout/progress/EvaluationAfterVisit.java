package org.referout.progress;

import java.util.Optional;

import org.referout.episode.EpisodeId;
import org.referout.episode.VisitEvaluations;
import org.referout.practice.PracticeId;
import org.springframework.stereotype.Component;

/** Supplies the episode module's visit route with the new evaluation, computed synchronously (P: ≤ 15 ms p99). */
@Component
class EvaluationAfterVisit implements VisitEvaluations {

    private final Progress progress;

    EvaluationAfterVisit(Progress progress) {
        this.progress = progress;
    }

    @Override
    public Optional<Object> after(PracticeId practice, EpisodeId episode) {
        return progress.evaluationView(practice, episode).map(view -> view);
    }
}
