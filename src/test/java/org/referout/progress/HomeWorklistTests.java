package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.referout.support.TestPractices.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.referout.clinical.Recommendation;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.episode.Technique;
import org.referout.episode.VisitId;
import org.referout.intake.RedFlags;
import org.referout.practice.CurrentPractice;
import org.referout.progress.OffTrackReview.Alliance;
import org.referout.progress.OffTrackReview.Expectations;
import org.referout.progress.OffTrackReview.Homework;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 item 3: home is a worklist. One card per episode: a new alert supersedes the episode's undecided
 * earlier ones, and a decided alert never brings an older one back; cards are ordered emergency, urgent, refer,
 * review, then by date.
 */
@DatabaseTest
@Import(ProgressFixtures.class)
class HomeWorklistTests {

    @Autowired
    Alerts alerts;
    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    TestPractices practices;
    @Autowired
    RedFlags redFlags;
    @Autowired
    MockMvc mvc;
    @Autowired
    Episodes episodes;

    static OffTrackReview review() {
        return new OffTrackReview(Homework.DONE, Set.of(Technique.SWEDISH), Set.of(), null, Expectations.REALISTIC,
                Alliance.GOOD, false, Set.of(), null);
    }

    @Test
    void aNewAlertSupersedesTheOlderAndADecidedOneNeverBringsItBack() throws Exception {
        Team team = practices.newPractice("Worklist");
        CurrentPractice by = team.therapist().asCurrentPractice();
        EpisodeId episode = fixtures.lowBackPain(by, fixtures.client(by, "Ana", "Lima"));
        fixtures.visit(by, episode, 0, 5);
        VisitId second = fixtures.visit(by, episode, 1, 8);     // amber: review
        await().atMost(Duration.ofSeconds(60)).until(() -> alerts.forEpisode(team.id(), episode).size() == 1);
        fixtures.visit(by, episode, 2, 9);                      // red: refer
        await().atMost(Duration.ofSeconds(60)).until(() -> alerts.forEpisode(team.id(), episode).size() == 2);

        assertThat(alerts.open(by)).singleElement().satisfies(card -> assertThat(card.k()).isEqualTo(3));
        Alert older = alerts.forEpisode(team.id(), episode).get(0);
        assertThat(older.isOpen()).isFalse();
        assertThat(older.superseded()).isTrue();
        mvc.perform(get("/alerts/" + older.id()).with(as(team.therapist()))).andExpect(status().isOk());

        Alert latest = alerts.open(by).get(0);
        alerts.acknowledge(by, latest.id(), Decision.REFER, review(), latest.version());
        assertThat(alerts.open(by)).isEmpty();
        // the listener redelivered for the older visit raises nothing
        assertThat(alerts.reconsider(team.id(), episode, second)).isEmpty();
        assertThat(alerts.open(by)).isEmpty();
    }

    @Test
    void cardsAreOrderedEmergencyUrgentReferReviewUnderACountPerLevel() throws Exception {
        Team team = practices.newPractice("WorklistOrder");
        CurrentPractice by = team.therapist().asCurrentPractice();
        EpisodeId review = fixtures.episodeWithPain(by, fixtures.client(by, "Rita", "Review"), 5, 8);
        await().atMost(Duration.ofSeconds(60)).until(() -> alerts.open(by).size() == 1);
        EpisodeId refer = fixtures.episodeWithPain(by, fixtures.client(by, "Rob", "Refer"), 5, 9);
        await().atMost(Duration.ofSeconds(60)).until(() -> alerts.open(by).size() == 2);
        EpisodeId emergency = fixtures.lowBackPain(by, fixtures.client(by, "Eve", "Emergency"));
        redFlags.review(by, emergency, Map.of("SADDLE_NUMBNESS", true));
        episodes.recordVisit(by, emergency, new VisitInput(ProgressFixtures.START, 30, List.of(), VisitNotes.NONE,
                List.of(new ScoreInput("NPRS", BigDecimal.valueOf(6), null)), "Scores only; sent to the ED"));
        await().atMost(Duration.ofSeconds(60)).until(() -> alerts.open(by).size() == 3);

        assertThat(alerts.open(by)).extracting(Alert::recommendation)
            .containsExactly(Recommendation.REFER_EMERGENCY, Recommendation.REFER, Recommendation.REVIEW);
        assertThat(alerts.open(by)).extracting(Alert::episode).containsExactly(emergency, refer, review);
        assertThat(mvc.perform(get("/").with(as(team.therapist()))).andReturn().getResponse().getContentAsString())
            .contains("id=\"alert-counts\">1 emergency · 1 refer · 1 review</p>");
    }
}
