package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.referout.audit.AuditLog;
import org.referout.clinical.RedFlag;
import org.referout.clinical.Recommendation;
import org.referout.episode.EpisodeId;
import org.referout.episode.Technique;
import org.referout.episode.VisitId;
import org.referout.practice.CurrentPractice;
import org.referout.progress.OffTrackReview.Alliance;
import org.referout.progress.OffTrackReview.Expectations;
import org.referout.progress.OffTrackReview.Homework;
import org.referout.progress.OffTrackReview.LifeFactor;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.BadRequestException;
import org.referout.web.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Alerts after visits (through the VisitRecorded listener), their idempotency, and the acknowledged review. */
@DatabaseTest
@Import(ProgressFixtures.class)
class AlertsTests {

    @Autowired
    Alerts alerts;

    @Autowired
    Progress progress;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestPractices practices;

    @Autowired
    ProgressFixtures fixtures;

    static OffTrackReview review() {
        return new OffTrackReview(Homework.PARTLY, Set.of(Technique.SWEDISH), Set.of(LifeFactor.POOR_SLEEP),
                "New baby", Expectations.UNREALISTIC, Alliance.GOOD, false, Set.of(), "Talked it through");
    }

    List<Alert> awaitAlerts(CurrentPractice by, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts.open(by).size() == count);
        return alerts.open(by);
    }

    @Test
    void amberThenRedAreRaisedOnceEachAndNotAgainWhileOpen() {
        Team team = practices.newPractice("AlertRaise");
        CurrentPractice by = team.therapist().asCurrentPractice();
        var client = fixtures.client(by, "Eli", "Fox");
        EpisodeId episode = fixtures.lowBackPain(by, client);
        fixtures.visit(by, episode, 0, 5);
        VisitId second = fixtures.visit(by, episode, 1, 8);   // deteriorated once: REVIEW, amber

        List<Alert> open = awaitAlerts(by, 1);
        assertThat(open.get(0).level()).isEqualTo(AlertLevel.AMBER);
        assertThat(open.get(0).k()).isEqualTo(2);
        assertThat(open.get(0).clientName()).isEqualTo("Eli Fox");
        assertThat(open.get(0).reasons()).extracting(r -> r.code().name()).containsExactly("DETERIORATED");

        fixtures.visit(by, episode, 2, 9);                      // Δ −4: REFER, red
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts.forEpisode(team.id(), episode).size() == 2);
        // issue 15 item 3: one card per episode, the red alert supersedes the amber one
        open = alerts.open(by);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).level()).isEqualTo(AlertLevel.RED);
        assertThat(open.get(0).recommendation()).isEqualTo(Recommendation.REFER);

        VisitId fourth = fixtures.visit(by, episode, 3, 9);     // still red, but a red alert is open
        assertThat(alerts.reconsider(team.id(), episode, fourth)).isEmpty();
        assertThat(alerts.reconsider(team.id(), episode, second)).isEmpty();  // redelivered: already raised
        assertThat(alerts.forEpisode(team.id(), episode)).hasSize(2);
        assertThat(progress.chart(team.id(), episode).orElseThrow().alerts())
            .containsExactly(new ProgressChart.Marker(2, "AMBER"), new ProgressChart.Marker(3, "RED"));
    }

    @Test
    void greenEpisodesRaiseNothing() {
        Team team = practices.newPractice("AlertGreen");
        CurrentPractice by = team.therapist().asCurrentPractice();
        EpisodeId episode = fixtures.episodeWithPain(by, fixtures.client(by, "Gus", "Hale"), 7, 4);

        VisitId last = fixtures.visit(by, episode, 2, 2);
        assertThat(alerts.reconsider(team.id(), episode, last)).isEmpty();
        assertThat(alerts.forEpisode(team.id(), episode)).isEmpty();
    }

    @Test
    void acknowledgingKeepsTheDecisionAndTheReviewAndAuditsIt() {
        Team team = practices.newPractice("AlertAck");
        CurrentPractice by = team.therapist().asCurrentPractice();
        var client = fixtures.client(by, "Ida", "Jones");
        fixtures.episodeWithPain(by, client, 5, 8);
        Alert alert = awaitAlerts(by, 1).get(0);

        ReviewAdvice advice = alerts.acknowledge(by, alert.id(), Decision.CONTINUE_CHANGED_PLAN, review(),
                alert.version());

        assertThat(advice.actions()).containsExactly(SuggestedAction.CHANGE_TECHNIQUE,
                SuggestedAction.SIMPLIFY_HOMEWORK, SuggestedAction.ADDRESS_LIFE_FACTORS,
                SuggestedAction.TALK_ABOUT_EXPECTATIONS);
        assertThat(alerts.open(by)).isEmpty();
        Alert decided = alerts.find(by, alert.id()).orElseThrow();
        assertThat(decided.decision()).isEqualTo(Decision.CONTINUE_CHANGED_PLAN);
        assertThat(decided.decidedBy()).isEqualTo(team.therapist().id());
        var stored = alerts.review(team.id(), alert.id()).orElseThrow();
        assertThat(stored.homework()).isEqualTo("PARTLY");
        assertThat(stored.lifeNote()).isEqualTo("New baby");
        assertThat(stored.suggestedActions()).containsExactly("CHANGE_TECHNIQUE", "SIMPLIFY_HOMEWORK",
                "ADDRESS_LIFE_FACTORS", "TALK_ABOUT_EXPECTATIONS");
        assertThat(auditLog.list(team.id(), client.value(), 20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("ALERT_ACKNOWLEDGED");
            assertThat(entry.detail()).startsWith("CONTINUE_CHANGED_PLAN");
        });
        assertThatThrownBy(() -> alerts.acknowledge(by, alert.id(), Decision.REFER, review(), alert.version()))
            .isInstanceOf(ConflictException.class);
    }

    @Test
    void newSymptomsReRunTheRedFlagScreen() {
        Team team = practices.newPractice("AlertFlags");
        CurrentPractice by = team.therapist().asCurrentPractice();
        fixtures.episodeWithPain(by, fixtures.client(by, "Jo", "King"), 5, 8);
        Alert alert = awaitAlerts(by, 1).get(0);
        var withFlags = new OffTrackReview(Homework.DONE, Set.of(), Set.of(), null, Expectations.REALISTIC,
                Alliance.GOOD, true, Set.of(RedFlag.NIGHT_PAIN, RedFlag.CONSTANT_PROGRESSIVE_PAIN), null);

        ReviewAdvice advice = alerts.acknowledge(by, alert.id(), Decision.REFER, withFlags, alert.version());

        // R5: two REFER-level flags together are REFER_URGENT
        assertThat(advice.redFlags().level()).isEqualTo(Recommendation.REFER_URGENT);
        assertThat(advice.actions()).startsWith(SuggestedAction.REFER_RED_FLAG);
        assertThat(advice.suggestedDecision()).isEqualTo(Decision.REFER);
        assertThat(alerts.review(team.id(), alert.id()).orElseThrow().redFlagLevel()).isEqualTo("REFER_URGENT");
    }

    @Test
    void missingAnswersAreNamedAndNothingIsStored() {
        Team team = practices.newPractice("AlertBad");
        CurrentPractice by = team.therapist().asCurrentPractice();
        fixtures.episodeWithPain(by, fixtures.client(by, "Kim", "Lee"), 5, 8);
        Alert alert = awaitAlerts(by, 1).get(0);
        var empty = new OffTrackReview(null, null, null, null, null, null, false, Set.of(RedFlag.NIGHT_PAIN), null);

        assertThatThrownBy(() -> alerts.acknowledge(by, alert.id(), null, empty, alert.version()))
            .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.problems())
                .extracting(p -> p.field())
                .containsExactly("decision", "homework", "expectations", "alliance", "redFlags"));
        assertThat(alerts.open(by)).hasSize(1);
    }

    @Test
    void frontDeskAndOtherPracticesSeeNoAlerts() {
        Team team = practices.newPractice("AlertDesk");
        Team other = practices.newPractice("AlertOther");
        CurrentPractice by = team.therapist().asCurrentPractice();
        fixtures.episodeWithPain(by, fixtures.client(by, "Lu", "Moss"), 5, 8);
        Alert alert = awaitAlerts(by, 1).get(0);

        assertThat(alerts.open(team.frontDesk().asCurrentPractice())).isEmpty();
        assertThat(alerts.find(team.frontDesk().asCurrentPractice(), alert.id())).isEmpty();
        assertThat(alerts.find(other.owner().asCurrentPractice(), alert.id())).isEmpty();
        assertThat(alerts.open(team.owner().asCurrentPractice())).hasSize(1);
    }
}
