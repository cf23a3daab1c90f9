package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.CurrentPractice;
import org.referout.progress.Alert;
import org.referout.progress.Alerts;
import org.referout.progress.Decision;
import org.referout.progress.OffTrackReview;
import org.referout.progress.Progress;
import org.referout.referral.ConsentGiven;
import org.referout.referral.ConsentMethod;
import org.referout.referral.DataShared;
import org.referout.referral.NewReferral;
import org.referout.referral.RecipientDetails;
import org.referout.referral.RecipientId;
import org.referout.referral.ReferralId;
import org.referout.referral.Referrals;
import org.referout.referral.Urgency;
import org.referout.support.DatabaseTest;
import org.referout.support.MutableClock;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.BadRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 15, item 1 (R5): red flags belong to the client. "What was seen": a client with an active low-back episode
 * answers an intake link with "yes" to saddle numbness; the flag must count on the first episode too — its banner,
 * the visit guard, the evaluation (R4.2), the off-track review, the referral letter and the recipient's page — and
 * on episodes started later, until a therapist clears it once for the client (audited).
 */
@DatabaseTest
class RedFlagsOfTheClientTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    Intakes intakes;
    @Autowired
    RedFlags redFlags;
    @Autowired
    Clients clients;
    @Autowired
    Episodes episodes;
    @Autowired
    Progress progress;
    @Autowired
    Alerts alerts;
    @Autowired
    Referrals referrals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    final String address = "10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
    Team team;
    CurrentPractice therapist;
    ClientId client;
    EpisodeId lowBack;

    @BeforeEach
    void aClientWithAnActiveLowBackEpisode() {
        team = practices.newPractice("ClientFlags");
        therapist = team.therapist().asCurrentPractice();
        client = clients.create(therapist, new ClientDetails("Rosa", "Mendes", LocalDate.of(1971, 5, 2), null, null,
                null, null, null, null, "62701", "English", true));
        LocalDate start = LocalDate.now(clock).minusWeeks(4);
        lowBack = episodes.start(therapist, client, new EpisodeStart("LOW_BACK_PAIN", false, List.of(), "Garden",
                "NPRS", List.of(), start));
        for (int week = 0; week < 4; week++) {
            episodes.recordVisit(therapist, lowBack, new VisitInput(start.plusWeeks(week), 60, List.of("SWEDISH"),
                    VisitNotes.NONE, List.of(new ScoreInput("NPRS", BigDecimal.valueOf(7), null))));
        }
        clock.advance(Duration.ofMinutes(5));
    }

    /** The client answers an intake link for a new complaint (the therapist chose it: a second episode). */
    EpisodeId intakeWith(RedFlag... yes) throws Exception {
        String token = intakes.create(therapist, client, LinkKind.INTAKE, null, true).token();
        step(token, 1, IntakeTests.aboutYou());
        step(token, 2, IntakeTests.problem());
        step(token, 3, IntakeTests.health(yes));
        step(token, 4, IntakeTests.measures());
        step(token, 5, IntakeTests.consent()).andExpect(redirectedUrl("/intake/done"));
        clock.advance(Duration.ofMinutes(5));
        return intakes.links(therapist, client).stream().filter(l -> l.completedAt() != null)
            .map(IntakeLink::episode).max((a, b) -> Long.compare(a.value(), b.value())).orElseThrow();
    }

    org.springframework.test.web.servlet.ResultActions step(String token, int number, Map<String, String> answers)
            throws Exception {
        var params = new LinkedMultiValueMap<String, String>();
        answers.forEach(params::add);
        return mvc.perform(post("/intake/" + token + "/step/" + number).params(params).with(csrf())
            .with(request -> {
                request.setRemoteAddr(address);
                return request;
            }));
    }

    VisitInput treatment(String overrideReason) {
        return new VisitInput(LocalDate.now(clock), 60, List.of("SWEDISH"), VisitNotes.NONE,
                List.of(new ScoreInput("NPRS", BigDecimal.valueOf(7), null)), overrideReason);
    }

    List<String> audit(String action) {
        return jdbc.sql("select detail from audit_log where practice_id = :p and action = :a order by id")
            .param("p", team.id().value()).param("a", action).query(String.class).list();
    }

    @Test
    void aSaddleNumbnessAnswerOnASecondEpisodeCountsOnTheFirstEverywhere() throws Exception {
        EpisodeId second = intakeWith(RedFlag.SADDLE_NUMBNESS);
        assertThat(second).isNotEqualTo(lowBack);

        // the screen and the banner of the first episode, its visit form and the client page (one banner)
        FlagScreen screen = redFlags.screen(team.id(), lowBack);
        assertThat(screen.level()).isEqualTo(Recommendation.REFER_EMERGENCY);
        assertThat(screen.flags()).extracting(ActiveFlag::code).containsExactly("SADDLE_NUMBNESS");
        mvc.perform(get("/episodes/" + lowBack).with(as(team.therapist())))
            .andExpect(content().string(containsString("data-level=\"REFER_EMERGENCY\"")));
        mvc.perform(get("/episodes/" + lowBack + "/visits/new").with(as(team.therapist())))
            .andExpect(content().string(containsString("id=\"overrideReason\"")));
        String clientPage = mvc.perform(get("/clients/" + client).with(as(team.therapist())))
            .andReturn().getResponse().getContentAsString();
        assertThat(clientPage.split("data-level=\"REFER_EMERGENCY\"", -1)).hasSize(2);

        // the visit guard: no treatment visit on the first episode without a written reason
        int visits = episodes.visits(therapist, lowBack).size();
        assertThatThrownBy(() -> episodes.recordVisit(therapist, lowBack, treatment(null)))
            .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.problems())
                .anyMatch(p -> p.field().equals("overrideReason")));
        assertThat(episodes.visits(therapist, lowBack)).hasSize(visits);

        // R4.2: the first episode's evaluation weighs the client's flag
        var evaluation = progress.evaluate(team.id(), lowBack).orElseThrow();
        assertThat(evaluation.recommendation()).isEqualTo(Recommendation.REFER_EMERGENCY);
        assertThat(evaluation.redFlagLevel()).isEqualTo(Recommendation.REFER_EMERGENCY);

        // the referral letter of the first episode and the recipient's page
        RecipientId gp = referrals.addRecipient(therapist, RecipientDetails.byHand("Dr Gomez", "Physician", null,
                "555-0100"));
        ReferralId referral = referrals.create(therapist, lowBack, new NewReferral(Urgency.URGENT,
                "Saddle numbness reported", "Please assess today", "HAND", List.of(gp)));
        assertThat(referrals.find(therapist, referral).orElseThrow().summary().redFlags())
            .singleElement().asString().contains("Saddle numbness").doesNotContain("REFER_EMERGENCY");
        referrals.recordConsent(therapist, referral, gp, new ConsentGiven("Rosa Mendes", ConsentMethod.IN_PERSON,
                DataShared.all()));
        referrals.send(therapist, referral, List.of(gp));
        var credentials = referrals.credentials(therapist, referral, gp).orElseThrow();
        var session = new MockHttpSession();
        mvc.perform(post(credentials.path() + "/code").param("code", credentials.code()).session(session).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get(credentials.path()).session(session).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Saddle numbness")))
            .andExpect(content().string(not(containsString("No red-flag answers recorded"))));
    }

    @Test
    void theOffTrackReviewOfTheFirstEpisodeWeighsTheClientsFlagAndItsReScreenCountsForTheClient() throws Exception {
        // NPRS 7 four times: a plateau alert on the first episode (raised after commit)
        java.time.OffsetDateTime started = java.time.OffsetDateTime.now().minusSeconds(5);
        EpisodeId second = intakeWith(RedFlag.SADDLE_NUMBNESS);
        // every visit's listener has run (a later alert supersedes an earlier one): take the open one. Only this
        // test's events count: on PostgreSQL the database is shared with other test classes, some of whose mail
        // events stay pending for want of an SMTP server
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null and publication_date > :started")
            .param("started", started).query(Integer.class).single() == 0
                && alerts.forEpisode(team.id(), lowBack).stream().anyMatch(Alert::isOpen));
        Alert alert = alerts.forEpisode(team.id(), lowBack).stream().filter(Alert::isOpen).findFirst().orElseThrow();

        mvc.perform(get("/alerts/" + alert.id()).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-level=\"REFER_EMERGENCY\"")));

        var review = new OffTrackReview(OffTrackReview.Homework.DONE, Set.of(), Set.of(), null,
                OffTrackReview.Expectations.REALISTIC, OffTrackReview.Alliance.GOOD, true, Set.of(RedFlag.NIGHT_PAIN),
                null);
        var advice = alerts.acknowledge(therapist, alert.id(), Decision.REFER, review, alert.version());
        assertThat(advice.redFlags().level()).isEqualTo(Recommendation.REFER_EMERGENCY);
        assertThat(jdbc.sql("select red_flag_level from progress_alert_review where practice_id = :p")
            .param("p", team.id().value()).query(String.class).single()).isEqualTo("REFER_EMERGENCY");
        mvc.perform(get("/alerts/" + alert.id()).with(as(team.therapist())))
            .andExpect(content().string(containsString("Emergency")))
            .andExpect(content().string(not(containsString("<dd id=\"review-red-flag-level\">none</dd>"))));

        // the re-screen's "yes" (night pain) is the client's now: it shows on the second episode too
        assertThat(redFlags.screen(team.id(), second).flags()).extracting(ActiveFlag::code)
            .containsExactly("SADDLE_NUMBNESS", "NIGHT_PAIN");
        assertThat(redFlags.screen(team.id(), second).flags()).filteredOn(f -> f.code().equals("NIGHT_PAIN"))
            .singleElement().satisfies(f -> assertThat(f.source()).isEqualTo(AnswerSource.THERAPIST_REVIEW));
    }

    @Test
    void aFlagCountsForEpisodesStartedLaterAndALaterNoDoesNotClearIt() throws Exception {
        intakeWith(RedFlag.UNEXPLAINED_WEIGHT_LOSS);
        // a later intake for a new complaint answers "no" to everything: the flag still stands
        EpisodeId later = intakeWith();
        assertThat(redFlags.screen(team.id(), later).level()).isEqualTo(Recommendation.REFER_URGENT);
        assertThat(redFlags.screen(team.id(), lowBack).level()).isEqualTo(Recommendation.REFER_URGENT);
        EpisodeId startedByHand = episodes.start(therapist, client, new EpisodeStart("NECK_PAIN", false, List.of(),
                "Turn my head", "NPRS", List.of(), LocalDate.now(clock)));
        assertThat(redFlags.screen(team.id(), startedByHand).blocksTreatment()).isTrue();
    }

    @Test
    void clearingOnceForTheClientClearsEveryEpisodeAndIsAudited() throws Exception {
        EpisodeId second = intakeWith(RedFlag.SADDLE_NUMBNESS);
        mvc.perform(post("/episodes/" + second + "/red-flags/clear").param("code", "SADDLE_NUMBNESS")
                .param("note", "Seen in the ED on 2 March: no cauda equina").with(as(team.therapist())).with(csrf()))
            .andExpect(redirectedUrl("/episodes/" + second + "/red-flags"));

        assertThat(redFlags.screen(team.id(), lowBack).positive()).isFalse();
        assertThat(redFlags.screen(team.id(), lowBack).cleared()).singleElement()
            .satisfies(c -> assertThat(c.note()).contains("no cauda equina"));
        assertThat(redFlags.openScreensForClient(team.id(), client)).isEmpty();
        assertThat(audit("RED_FLAG_CLEARED")).singleElement().asString().contains("SADDLE_NUMBNESS", "every episode");
        assertThat(jdbc.sql("select client_id from red_flag_clearance where practice_id = :p")
            .param("p", team.id().value()).query(Long.class).single()).isEqualTo(client.value());
        episodes.recordVisit(therapist, lowBack, treatment(null));
        mvc.perform(get("/episodes/" + lowBack).with(as(team.therapist())))
            .andExpect(content().string(not(containsString("data-level="))));
    }

    @Test
    void anotherPracticeSeesNoneOfTheClientsFlags() throws Exception {
        intakeWith(RedFlag.SADDLE_NUMBNESS);
        Team other = practices.newPractice("OtherFlags");
        assertThat(redFlags.screen(other.id(), lowBack).positive()).isFalse();
        assertThat(redFlags.openScreensForClient(other.id(), client)).isEmpty();
        mvc.perform(get("/episodes/" + lowBack + "/red-flags").with(as(other.therapist())))
            .andExpect(status().isNotFound());
    }
}
