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
            .containsSubsequence("id=\"alert-counts\"", ">1 emergency</a>", " · ", ">1 refer</a>", " · ", ">1 review</a>",
                    "</p>");
    }

    @Test
    void twentyCardsAPageFiltersByTherapistAndLevelAndClosedEpisodesNeedNoDecision() throws Exception {
        Team team = practices.newPractice("WorklistPages");
        CurrentPractice therapist = team.therapist().asCurrentPractice();
        CurrentPractice owner = team.owner().asCurrentPractice();
        for (int i = 0; i < 21; i++) {
            fixtures.episodeWithPain(therapist, fixtures.client(therapist, "Client", "Therapist " + (char) ('a' + i)), 5, 8);
        }
        EpisodeId ownersRefer = fixtures.episodeWithPain(owner, fixtures.client(owner, "Olga", "Owner"), 5, 9);
        EpisodeId closed = fixtures.episodeWithPain(owner, fixtures.client(owner, "Carl", "Closed"), 5, 8);
        await().atMost(Duration.ofSeconds(90)).until(() -> alerts.open(owner).size() == 23);
        int version = episodes.find(owner, closed).orElseThrow().version();
        episodes.close(owner, closed, org.referout.episode.DischargeReason.CLIENT_STOPPED, version);

        // the owner: all therapists by default, the most severe first, 20 a page
        Worklist first = alerts.worklist(owner, true, null, 1);
        assertThat(first.total()).isEqualTo(22);
        assertThat(first.cards()).hasSize(20);
        assertThat(first.cards().get(0).episode()).isEqualTo(ownersRefer);
        assertThat(first.counts()).extracting(Worklist.Count::text).containsExactly("1 refer", "21 review");
        assertThat(first.pages()).isEqualTo(2);
        Worklist second = alerts.worklist(owner, true, null, 2);
        assertThat(second.cards()).hasSize(2);
        assertThat(second.cards()).extracting(Alert::episode).doesNotContainAnyElementsOf(
                first.cards().stream().map(Alert::episode).toList());
        assertThat(java.util.stream.Stream.concat(first.cards().stream(), second.cards().stream()))
            .extracting(Alert::episode).doesNotContain(closed);
        // a page past the last shows the last
        assertThat(alerts.worklist(owner, true, null, 9).page()).isEqualTo(2);
        // my clients, and one level
        assertThat(alerts.worklist(owner, false, null, 1).cards()).extracting(Alert::episode).containsExactly(ownersRefer);
        Worklist refer = alerts.worklist(owner, true, CardLevel.REFER, 1);
        assertThat(refer.cards()).extracting(Alert::episode).containsExactly(ownersRefer);
        assertThat(refer.counts()).extracting(Worklist.Count::text).containsExactly("1 refer", "21 review");
        // a therapist sees their own clients only, even when asking for all
        assertThat(alerts.worklist(therapist, true, null, 1).total()).isEqualTo(21);

        String page1 = mvc.perform(get("/").with(as(team.owner()))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(page1.split("class=\"card alert\"", -1)).hasSize(21);
        assertThat(page1).contains("Page 1 of 2").contains("id=\"who\"").doesNotContain("Carl Closed");
        String page2 = mvc.perform(get("/?page=2").with(as(team.owner()))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(page2.split("class=\"card alert\"", -1)).hasSize(3);
        String mine = mvc.perform(get("/?who=mine").with(as(team.owner()))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(mine).contains("Olga Owner").doesNotContain("Client Therapist").doesNotContain("Page 1 of");
        String reviews = mvc.perform(get("/?level=review&page=2").with(as(team.owner()))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(reviews.split("class=\"card alert\"", -1)).hasSize(2);
        assertThat(reviews).doesNotContain("Olga Owner");
        String own = mvc.perform(get("/").with(as(team.therapist()))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(own).doesNotContain("id=\"who\"").doesNotContain("Olga Owner").contains("21 review");
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void visitsCommittedTogetherMakeOneCardDecidedByTheLatestEvaluation() {
        Team team = practices.newPractice("WorklistTogether");
        CurrentPractice by = team.therapist().asCurrentPractice();
        // a first visit, then the client answers yes to saddle numbness and the next visit is scores only, all in
        // one transaction: the first visit's listener, running afterwards, must not raise a card for visit 1
        EpisodeId episode = transactions.execute(status -> {
            EpisodeId started = fixtures.lowBackPain(by, fixtures.client(by, "Vic", "Together"));
            fixtures.visit(by, started, 0, 6);
            redFlags.review(by, started, Map.of("SADDLE_NUMBNESS", true));
            episodes.recordVisit(by, started, new VisitInput(ProgressFixtures.START.plusWeeks(1), 15, List.of(),
                    VisitNotes.NONE, List.of(new ScoreInput("NPRS", BigDecimal.valueOf(8), null)), "Scores only"));
            return started;
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> !alerts.forEpisode(team.id(), episode).isEmpty());
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(alerts.forEpisode(team.id(), episode)).singleElement().satisfies(alert -> {
            assertThat(alert.k()).isEqualTo(2);
            assertThat(alert.recommendation()).isEqualTo(Recommendation.REFER_EMERGENCY);
        });
    }

    @Test
    void badWorklistParametersAreA400NamingTheParameter() throws Exception {
        Team team = practices.newPractice("WorklistBad");
        for (String query : List.of("page=0", "page=-1", "page=two", "page=99999999999", "level=urgentish",
                "level=REFER_EMERGENCY", "who=everyone")) {
            String name = query.substring(0, query.indexOf('='));
            assertThat(mvc.perform(get("/?" + query).with(as(team.owner()))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).as(query).contains(name);
        }
        mvc.perform(get("/?who=all").with(as(team.therapist()))).andExpect(status().isBadRequest());
        mvc.perform(get("/?who=all&level=review&page=1").with(as(team.owner()))).andExpect(status().isOk());
        mvc.perform(get("/?who=mine").with(as(team.therapist()))).andExpect(status().isOk());
    }
}
