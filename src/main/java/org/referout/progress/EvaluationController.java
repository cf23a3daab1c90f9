package org.referout.progress;

import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The episode's evaluation now, in R7.2's shape. 404 for another practice's episode, for front desk, and before a baseline. */
@RestController
class EvaluationController {

    private final Episodes episodes;
    private final Progress progress;

    EvaluationController(Episodes episodes, Progress progress) {
        this.episodes = episodes;
        this.progress = progress;
    }

    @GetMapping("/api/v1/episodes/{id}/evaluation")
    EvaluationView evaluation(CurrentPractice practice, @PathVariable long id) {
        var episode = new EpisodeId(id);
        // Episodes.find checks the reader (front desk sees nothing) and audits the read of the clinical record
        episodes.find(practice, episode).orElseThrow(NotFoundException::new);
        return progress.evaluationView(practice.id(), episode).orElseThrow(NotFoundException::new);
    }
}
