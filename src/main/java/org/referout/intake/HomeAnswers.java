package org.referout.intake;

import java.util.Optional;

import org.referout.episode.AnsweredAtHome;
import org.referout.episode.EpisodeId;
import org.referout.episode.ScoresFromHome;
import org.referout.practice.PracticeId;
import org.springframework.stereotype.Component;

/** Intake's answers at home for the episode module's visit form and episode page (issue 15 item 5). */
@Component
class HomeAnswers implements ScoresFromHome {

    private final Intakes intakes;

    HomeAnswers(Intakes intakes) {
        this.intakes = intakes;
    }

    @Override
    public Optional<AnsweredAtHome> newest(PracticeId practice, EpisodeId episode) {
        return intakes.homeScores(practice, episode);
    }
}
