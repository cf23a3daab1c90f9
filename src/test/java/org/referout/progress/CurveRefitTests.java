package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.referout.episode.DischargeReason;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.practice.CurrentPractice;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** R4.3: closing an episode refits the practice's curves in the background; other practices are untouched. */
@DatabaseTest
@Import(ProgressFixtures.class)
class CurveRefitTests {

    @Autowired
    Progress progress;

    @Autowired
    Episodes episodes;

    @Autowired
    TestPractices practices;

    @Autowired
    ProgressFixtures fixtures;

    @Test
    void closingAnEpisodeAddsItToThePracticesReferenceEpisodes() {
        Team team = practices.newPractice("Refit");
        Team other = practices.newPractice("RefitOther");
        CurrentPractice by = team.therapist().asCurrentPractice();
        EpisodeId first = fixtures.episodeWithPain(by, fixtures.client(by, "Pat", "Quinn"), 7, 5, 3);
        EpisodeId second = fixtures.episodeWithPain(by, fixtures.client(by, "Rae", "Stone"), 6, 6, 6, 6);
        assertThat(progress.curves(team.id()).ownEpisodes()).isZero();
        assertThat(progress.curves(team.id()).usesBuiltInCohort()).isTrue();

        episodes.close(by, first, DischargeReason.GOALS_MET, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.curves(team.id()).ownEpisodes() == 1);
        episodes.close(by, second, DischargeReason.REFERRED_OUT, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.curves(team.id()).ownEpisodes() == 2);

        assertThat(progress.curves(other.id()).ownEpisodes()).isZero();
        // a refit from the same stored episodes gives the same reference (the listener may run more than once)
        assertThat(progress.refitCurves(team.id()).ownEpisodes()).isEqualTo(2);
    }

    @Test
    void anOpenEpisodeIsNotReferenceData() {
        Team team = practices.newPractice("RefitOpen");
        CurrentPractice by = team.therapist().asCurrentPractice();
        fixtures.episodeWithPain(by, fixtures.client(by, "Sam", "Tate"), 7, 5);

        assertThat(progress.refitCurves(team.id()).ownEpisodes()).isZero();
    }
}
