package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.referout.support.TestPractices.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.referout.episode.EpisodeId;
import org.referout.episode.Technique;
import org.referout.episode.VisitId;
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
 * Issue 17 item 8: an alert refers to its visit by id. Its number ("after visit 3", the chart's marker) is the
 * visit's place among the episode's scored visits by date, then id, as it is now: a visit back-filled with an
 * earlier date moves it on. Superseding and "a decided alert never comes back" compare the visits' order.
 */
@DatabaseTest
@Import(ProgressFixtures.class)
class AlertVisitOrderTests {

    @Autowired
    Alerts alerts;
    @Autowired
    Progress progress;
    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    TestPractices practices;
    @Autowired
    MockMvc mvc;

    @Test
    void anAlertNamesItsVisitByItsPlaceNowAfterAnEarlierVisitIsBackFilled() throws Exception {
        Team team = practices.newPractice("AlertBackFill");
        CurrentPractice by = team.therapist().asCurrentPractice();
        EpisodeId episode = fixtures.lowBackPain(by, fixtures.client(by, "Bea", "Backfill"));
        fixtures.visit(by, episode, 0, 5);
        VisitId worse = fixtures.visit(by, episode, 2, 8);      // amber: review, after visit 2
        await().atMost(Duration.ofSeconds(60)).until(() -> alerts.forEpisode(team.id(), episode).size() == 1);
        assertThat(alerts.forEpisode(team.id(), episode).get(0).k()).isEqualTo(2);

        // the week-1 visit is entered late: the alert's visit is now the third
        VisitId backFilled = fixtures.visit(by, episode, 1, 5);
        assertThat(alerts.reconsider(team.id(), episode, backFilled)).isEmpty();
        int place = progress.evaluationAfter(team.id(), episode, worse).orElseThrow().k();
        assertThat(place).isEqualTo(3);

        Alert alert = alerts.forEpisode(team.id(), episode).get(0);
        assertThat(alert.visit()).isEqualTo(worse);
        assertThat(alert.k()).isEqualTo(3);
        assertThat(alerts.open(by)).singleElement().satisfies(card -> assertThat(card.k()).isEqualTo(3));
        assertThat(progress.chart(team.id(), episode).orElseThrow().alerts())
            .containsExactly(new ProgressChart.Marker(3, "AMBER"));
        assertThat(page("/alerts/" + alert.id().value(), team)).contains("after visit <span>3</span>");
        assertThat(page("/episodes/" + episode.value(), team)).contains("after visit <span>3</span>")
            .doesNotContain("after visit <span>2</span>");
        assertThat(page("/", team)).contains("after visit 3").doesNotContain("after visit 2");

        // a later red visit supersedes it; decided, nothing older comes back, the back-filled visit included
        fixtures.visit(by, episode, 3, 9);
        await().atMost(Duration.ofSeconds(60)).until(() -> alerts.forEpisode(team.id(), episode).size() == 2);
        assertThat(alerts.forEpisode(team.id(), episode)).extracting(Alert::k).containsExactly(3, 4);
        Alert latest = alerts.open(by).get(0);
        assertThat(latest.k()).isEqualTo(4);
        assertThat(alerts.forEpisode(team.id(), episode).get(0).superseded()).isTrue();
        alerts.acknowledge(by, latest.id(), Decision.REFER, new OffTrackReview(Homework.DONE, Set.of(Technique.SWEDISH),
                Set.of(), null, Expectations.REALISTIC, Alliance.GOOD, false, Set.of(), null), latest.version());
        assertThat(alerts.reconsider(team.id(), episode, worse)).isEmpty();
        assertThat(alerts.reconsider(team.id(), episode, backFilled)).isEmpty();
        assertThat(alerts.open(by)).isEmpty();
    }

    private String page(String path, Team team) throws Exception {
        return mvc.perform(get(path).with(as(team.therapist()))).andReturn().getResponse().getContentAsString();
    }
}
