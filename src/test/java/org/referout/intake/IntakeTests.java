package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Measure;
import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.CurrentPractice;
import org.referout.practice.Secrets;
import org.referout.support.DatabaseTest;
import org.referout.support.MutableClock;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.BadRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

/**
 * C4 end to end through the anonymous pages: the questionnaire, saved progress, completion into the client's record,
 * the episode and its baseline; unusable links and bad answers change nothing; rate limits; the red-flag override,
 * clearing and the before-visit re-check.
 */
@DatabaseTest
class IntakeTests {

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
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    /** Each test its own address, so the per-IP limits of one test do not reach another. */
    final String address = "10.20." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
    Team team;
    CurrentPractice therapist;
    ClientId client;

    @BeforeEach
    void client() {
        team = practices.newPractice("Intake");
        therapist = team.therapist().asCurrentPractice();
        client = clients.create(therapist, new ClientDetails("Jane", "Doe", null, null, null, null, null, null, null,
                null, null, false));
    }

    // ---- the client's answers, page by page ----

    static Map<String, String> aboutYou() {
        return Map.of("firstName", "Janet", "lastName", "Doe", "email", "janet@example.test", "zip", "62701",
                "dateOfBirth", "1980-04-02", "phone", "217 555 0100");
    }

    static Map<String, String> problem() {
        return Map.of("complaint", "LOW_BACK_PAIN", "duration", "LONGER", "goals", "Lift my toddler again");
    }

    static Map<String, String> health(RedFlag... yes) {
        var answers = new LinkedHashMap<String, String>();
        for (RedFlag flag : RedFlag.values()) {
            answers.put("flags." + flag.name(), List.of(yes).contains(flag) ? "yes" : "no");
        }
        return answers;
    }

    static Map<String, String> measures() {
        return Map.of("nprs", "7", "peg1", "7", "peg2", "6", "peg3", "5", "activity1", "Lift my toddler", "rating1", "3",
                "activity2", "Garden", "rating2", "4");
    }

    static Map<String, String> consent() {
        return Map.of("consentTreatment", "yes", "consentSharing", "yes");
    }

    static Map<String, String> with(Map<String, String> base, String field, String value) {
        var changed = new LinkedHashMap<>(base);
        changed.put(field, value);
        return changed;
    }

    RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    ResultActions step(String token, int number, Map<String, String> answers) throws Exception {
        var params = new LinkedMultiValueMap<String, String>();
        answers.forEach(params::add);
        return mvc.perform(post("/intake/" + token + "/step/" + number).params(params).with(csrf()).with(from(address)));
    }

    ResultActions open(String token) throws Exception {
        return mvc.perform(get("/intake/" + token).with(from(address)));
    }

    String newIntake() {
        return intakes.create(therapist, client, LinkKind.INTAKE, null).token();
    }

    EpisodeId completeIntake(RedFlag... yes) throws Exception {
        String token = newIntake();
        step(token, 1, aboutYou()).andExpect(redirectedUrl("/intake/" + token + "?step=2"));
        step(token, 2, problem()).andExpect(status().is3xxRedirection());
        step(token, 3, health(yes)).andExpect(status().is3xxRedirection());
        step(token, 4, measures()).andExpect(status().is3xxRedirection());
        step(token, 5, consent()).andExpect(redirectedUrl("/intake/done"));
        return intakes.links(therapist, client).get(0).episode();
    }

    /** Everything an intake can touch, for "changes nothing" (Q). */
    String snapshot() {
        long practice = team.id().value();
        return jdbc.sql("""
                select (select count(*) from intake_link where practice_id = :p and completed_at is null
                            and revoked_at is null) || '/' ||
                       (select coalesce(sum(attempts), 0) from intake_link where practice_id = :p) || '/' ||
                       (select count(*) from intake_draft where practice_id = :p) || '/' ||
                       (select coalesce(max(length(answers)), 0) + coalesce(sum(step), 0) from intake_draft
                            where practice_id = :p) || '/' ||
                       (select sum(version) from client where practice_id = :p) || '/' ||
                       (select count(*) from episode where practice_id = :p) || '/' ||
                       (select count(*) from visit where practice_id = :p) || '/' ||
                       (select count(*) from red_flag_answer where practice_id = :p) || '/' ||
                       (select count(*) from audit_log where practice_id = :p)""")
            .param("p", practice)
            .query(String.class)
            .single();
    }

    List<String> audit(String action) {
        return jdbc.sql("select detail from audit_log where practice_id = :p and action = :a order by id")
            .param("p", team.id().value())
            .param("a", action)
            .query(String.class)
            .list();
    }

    VisitInput treatment(String overrideReason) {
        return new VisitInput(LocalDate.now(clock), 60, List.of("SWEDISH"), VisitNotes.NONE,
                List.of(new ScoreInput("NPRS", BigDecimal.valueOf(6), null)), overrideReason);
    }

    // ---- completion ----

    @Test
    void aCompletedIntakeBecomesTheClientsRecordTheEpisodeItsBaselineAndAnEmergencyScreen() throws Exception {
        EpisodeId episode = completeIntake(RedFlag.SADDLE_NUMBNESS);

        var link = intakes.links(therapist, client).get(0);
        assertThat(link.completedAt()).isNotNull();
        var record = clients.find(therapist, client).orElseThrow();
        assertThat(record.firstName()).isEqualTo("Janet");
        assertThat(record.details().email()).isEqualTo("janet@example.test");
        assertThat(record.details().zip()).isEqualTo("62701");
        assertThat(record.treatmentConsentAt()).isNotNull();

        var history = episodes.history(team.id(), episode).orElseThrow();
        assertThat(history.complaint().name()).isEqualTo("LOW_BACK_PAIN");
        assertThat(history.chronic()).isTrue();
        assertThat(history.primaryMeasure()).isEqualTo(Measure.NPRS);
        assertThat(history.psfsActivities()).containsExactly("Lift my toddler", "Garden");
        assertThat(history.scores()).allMatch(entry -> entry.visit() == 1).hasSize(3);

        FlagScreen screen = redFlags.screen(team.id(), episode);
        assertThat(screen.level()).isEqualTo(Recommendation.REFER_EMERGENCY);
        assertThat(screen.flags()).extracting(ActiveFlag::code).containsExactly("SADDLE_NUMBNESS");
        assertThat(screen.flags().get(0).source()).isEqualTo(AnswerSource.INTAKE);
        assertThat(audit("INTAKE_COMPLETED")).singleElement().asString().contains("REFER_EMERGENCY");
    }

    @Test
    void theClientIsToldToGetEmergencyCareOnTheLastPage() throws Exception {
        String token = newIntake();
        step(token, 1, aboutYou());
        step(token, 2, problem());
        step(token, 3, health(RedFlag.SADDLE_NUMBNESS));
        step(token, 4, measures());
        var done = step(token, 5, consent()).andReturn();
        mvc.perform(get("/intake/done").flashAttrs(done.getFlashMap()))
            .andExpect(content().string(containsString("Please get medical help today")));
    }

    @Test
    void progressIsSavedAtEachStepAndTheSameLinkResumes() throws Exception {
        String token = newIntake();
        open(token).andExpect(status().isOk()).andExpect(content().string(containsString("About you")));
        step(token, 1, aboutYou());
        step(token, 2, problem());

        open(token).andExpect(status().isOk())
            .andExpect(content().string(containsString("Step <span>3</span> of <span>5</span>")))
            .andExpect(content().string(containsString("Health questions")));
        mvc.perform(get("/intake/" + token).param("step", "1").with(from(address)))
            .andExpect(content().string(containsString("value=\"Janet\"")));
        // Skipping ahead through the address is not possible.
        mvc.perform(get("/intake/" + token).param("step", "5").with(from(address)))
            .andExpect(content().string(containsString("Health questions")));
    }

    // ---- bad answers ----

    @Test
    void outOfRangeScoresAndTooManyActivitiesNameTheFieldAndStoreNothing() throws Exception {
        String token = newIntake();
        step(token, 1, aboutYou());
        step(token, 2, problem());
        step(token, 3, health());
        String before = snapshotWithoutAttempts();

        step(token, 4, with(measures(), "nprs", "11")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"nprs-error\"")))
            .andExpect(content().string(containsString("Please choose a number from 0 (no pain) to 10")));
        step(token, 4, with(measures(), "peg2", "seven")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"peg2-error\"")));
        var six = new LinkedHashMap<>(measures());
        for (int i = 3; i <= 6; i++) {
            six.put("activity" + i, "Activity " + i);
            six.put("rating" + i, "5");
        }
        step(token, 4, six).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Please list at most 5 activities")));
        step(token, 4, with(measures(), "rating2", "")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"rating2-error\"")));

        assertThat(snapshotWithoutAttempts()).isEqualTo(before);
    }

    @Test
    void missingConsentsNameBothFieldsAndNothingIsStored() throws Exception {
        String token = newIntake();
        step(token, 1, aboutYou());
        step(token, 2, problem());
        step(token, 3, health(RedFlag.SADDLE_NUMBNESS));
        step(token, 4, measures());
        String before = snapshotWithoutAttempts();

        step(token, 5, Map.of("consentSharing", "yes")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Please tick this box to agree to treatment")));
        step(token, 5, Map.of()).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"consentTreatment-error\"")))
            .andExpect(content().string(containsString("id=\"consentSharing-error\"")));

        assertThat(snapshotWithoutAttempts()).isEqualTo(before);
        assertThat(intakes.links(therapist, client).get(0).completedAt()).isNull();
    }

    @Test
    void aBadEmailIsRefusedOnItsOwnPage() throws Exception {
        String token = newIntake();
        step(token, 1, with(aboutYou(), "email", "not-an-address")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"email-error\"")));
        open(token).andExpect(content().string(containsString("About you")));
    }

    /** The attempt counter moves on every submission through a valid link; the rest must not. */
    String snapshotWithoutAttempts() {
        String[] parts = snapshot().split("/");
        parts[1] = "*";
        return String.join("/", parts);
    }

    // ---- unusable links ----

    @Test
    void anExpiredLinkShowsAClearPageAndChangesNothing() throws Exception {
        String token = newIntake();
        step(token, 1, aboutYou());
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        String before = snapshot();

        open(token).andExpect(status().isGone()).andExpect(content().string(containsString("This link has expired")));
        step(token, 2, problem()).andExpect(status().isGone());

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRevokedLinkShowsAClearPageAndChangesNothing() throws Exception {
        var link = intakes.create(therapist, client, LinkKind.INTAKE, null);
        intakes.revoke(therapist, link.link().id());
        String before = snapshot();

        open(link.token()).andExpect(status().isGone())
            .andExpect(content().string(containsString("This link was cancelled")));
        step(link.token(), 1, aboutYou()).andExpect(status().isGone());

        assertThat(snapshot()).isEqualTo(before);
        assertThat(audit("INTAKE_LINK_REVOKED")).hasSize(1);
    }

    @Test
    void aTamperedLinkShowsAClearPageAndChangesNothing() throws Exception {
        String token = newIntake();
        String tampered = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
        String before = snapshot();

        open(tampered).andExpect(status().isNotFound())
            .andExpect(content().string(containsString("This link does not work")));
        step(tampered, 1, aboutYou()).andExpect(status().isNotFound());
        open("not-a-token").andExpect(status().isNotFound());
        open(token + "x").andExpect(status().isNotFound());

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCompletedLinkCannotBeReusedAndChangesNothing() throws Exception {
        String token = newIntake();
        step(token, 1, aboutYou());
        step(token, 2, problem());
        step(token, 3, health());
        step(token, 4, measures());
        step(token, 5, consent()).andExpect(redirectedUrl("/intake/done"));
        String before = snapshot();

        open(token).andExpect(status().isGone())
            .andExpect(content().string(containsString("These answers were already sent")));
        step(token, 5, consent()).andExpect(status().isGone());
        step(token, 1, with(aboutYou(), "lastName", "Changed")).andExpect(status().isGone());

        assertThat(snapshot()).isEqualTo(before);
        assertThat(clients.find(therapist, client).orElseThrow().lastName()).isEqualTo("Doe");
    }

    // ---- rate limits ----

    @Test
    void guessingTokensGetsTooManyRequestsWithAClearPage() throws Exception {
        for (int i = 0; i < 10; i++) {
            open(Secrets.newToken()).andExpect(status().isNotFound());
        }
        open(Secrets.newToken()).andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"))
            .andExpect(content().string(containsString("Too many attempts")));
        // A client behind the same address (a clinic's wifi, a carrier's NAT) still opens her real link.
        open(newIntake()).andExpect(status().isOk());
        open(Secrets.newToken()).andExpect(status().isTooManyRequests());
    }

    @Test
    void answerSubmissionsThroughOneLinkAreLimited() throws Exception {
        String token = newIntake();
        for (int i = 0; i < 60; i++) {
            step(token, 1, Map.of()).andExpect(status().isBadRequest());
        }
        step(token, 1, aboutYou()).andExpect(status().isTooManyRequests());
        assertThat(intakes.links(therapist, client).get(0).attempts()).isEqualTo(60);
    }

    // ---- the treatment override (C4) ----

    @Test
    void aTreatmentVisitAfterAnEmergencyFlagNeedsAWrittenReasonWhichIsAudited() {
        EpisodeId episode = completeIntakeUnchecked(RedFlag.SADDLE_NUMBNESS);
        int visits = episodes.visits(therapist, episode).size();

        assertThatThrownBy(() -> episodes.recordVisit(therapist, episode, treatment(null)))
            .isInstanceOf(BadRequestException.class)
            .satisfies(e -> assertThat(((BadRequestException) e).problems())
                .anyMatch(p -> p.field().equals("overrideReason")));
        assertThatThrownBy(() -> episodes.recordVisit(therapist, episode, treatment("   ")))
            .isInstanceOf(BadRequestException.class);
        assertThat(episodes.visits(therapist, episode)).hasSize(visits);

        episodes.recordVisit(therapist, episode, treatment("ED visit done yesterday, cleared by phone; upper back only"));
        assertThat(episodes.visits(therapist, episode)).hasSize(visits + 1);
        assertThat(audit("TREATMENT_OVERRIDE")).singleElement().asString()
            .contains("REFER_EMERGENCY", "SADDLE_NUMBNESS", "upper back only");
        assertThat(jdbc.sql("select count(*) from treatment_override where practice_id = :p and visit_id is not null")
            .param("p", team.id().value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theVisitApiAnswers400NamingOverrideReason() throws Exception {
        EpisodeId episode = completeIntakeUnchecked(RedFlag.UNEXPLAINED_WEIGHT_LOSS);
        String token = practices.token(team.therapist());
        String visit = """
                {"date":"%s","durationMinutes":60,"techniques":["SWEDISH"],"scores":[{"measure":"NPRS","value":6}]%s}""";
        mvc.perform(post("/api/v1/episodes/" + episode + "/visits").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(visit.formatted(LocalDate.now(clock), "")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("overrideReason"));
        mvc.perform(post("/api/v1/episodes/" + episode + "/visits").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(visit.formatted(LocalDate.now(clock), ",\"overrideReason\":\"GP saw her today: no concern\"")))
            .andExpect(status().isCreated());
    }

    @Test
    void aSingleReferFlagDoesNotBlockTreatment() {
        EpisodeId episode = completeIntakeUnchecked(RedFlag.NIGHT_PAIN);
        assertThat(redFlags.screen(team.id(), episode).level()).isEqualTo(Recommendation.REFER);
        episodes.recordVisit(therapist, episode, treatment(null));
        assertThat(audit("TREATMENT_OVERRIDE")).isEmpty();
    }

    @Test
    void twoReferFlagsAtIntakeBlockTreatmentByTheCombinationRule() {
        EpisodeId episode = completeIntakeUnchecked(RedFlag.NIGHT_PAIN, RedFlag.CONSTANT_PROGRESSIVE_PAIN);
        FlagScreen screen = redFlags.screen(team.id(), episode);
        assertThat(screen.level()).isEqualTo(Recommendation.REFER_URGENT);
        assertThat(screen.raisedByCombination()).isTrue();
        assertThatThrownBy(() -> episodes.recordVisit(therapist, episode, treatment(null)))
            .isInstanceOf(BadRequestException.class);
    }

    // ---- clearing ----

    @Test
    void clearingAFlagNeedsANoteIsAuditedAndTheFlagNoLongerCounts() throws Exception {
        EpisodeId episode = completeIntakeUnchecked(RedFlag.UNEXPLAINED_WEIGHT_LOSS);
        assertThatThrownBy(() -> redFlags.clear(therapist, episode, "UNEXPLAINED_WEIGHT_LOSS", " "))
            .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> redFlags.clear(therapist, episode, "NIGHT_PAIN", "seen by GP"))
            .isInstanceOf(BadRequestException.class);

        mvc.perform(post("/episodes/" + episode + "/red-flags/clear").param("code", "UNEXPLAINED_WEIGHT_LOSS")
                .param("note", "Seen by GP Dr Patel on 2 March: thyroid, no concern for massage")
                .with(as(team.therapist())).with(csrf()))
            .andExpect(redirectedUrl("/episodes/" + episode + "/red-flags"));

        FlagScreen screen = redFlags.screen(team.id(), episode);
        assertThat(screen.positive()).isFalse();
        assertThat(screen.cleared()).singleElement().satisfies(c -> assertThat(c.note()).contains("Dr Patel"));
        assertThat(audit("RED_FLAG_CLEARED")).singleElement().asString().contains("UNEXPLAINED_WEIGHT_LOSS");
        episodes.recordVisit(therapist, episode, treatment(null));
    }

    // ---- the before-visit questionnaire ----

    @Test
    void aBeforeVisitLinkCollectsScoresAtHomeAndReChecksRedFlags() throws Exception {
        EpisodeId episode = completeIntakeUnchecked();
        clock.advance(Duration.ofMinutes(5));
        String token = intakes.create(therapist, client, LinkKind.PRE_VISIT, episode).token();
        open(token).andExpect(content().string(containsString("Lift my toddler")));
        step(token, 1, Map.of("nprs", "5", "peg1", "5", "peg2", "4", "peg3", "4", "rating1", "5", "rating2", "6"))
            .andExpect(redirectedUrl("/intake/" + token + "?step=2"));
        step(token, 2, health(RedFlag.NIGHT_PAIN, RedFlag.CONSTANT_PROGRESSIVE_PAIN))
            .andExpect(redirectedUrl("/intake/done"));

        FlagScreen screen = redFlags.screen(team.id(), episode);
        assertThat(screen.level()).isEqualTo(Recommendation.REFER_URGENT);
        assertThat(screen.flags()).allMatch(flag -> flag.source() == AnswerSource.PRE_VISIT);
        var home = intakes.homeScores(team.id(), episode).orElseThrow();
        assertThat(home.nprs()).isEqualTo(5);
        assertThat(home.answeredAt()).isNotNull();
        assertThat(home.psfs()).containsExactly(5, 6);
    }

    // ---- the therapist's pages ----

    @Test
    void theTherapistMakesALinkSeesItsQrCodeAndTheBannerShowsOnTheRedFlagPage() throws Exception {
        var session = new MockHttpSession();
        var created = mvc.perform(post("/clients/" + client + "/intake-links").session(session)
                .with(as(team.therapist())).with(csrf()))
            .andExpect(status().is3xxRedirection()).andReturn();
        String page = created.getResponse().getRedirectedUrl();
        mvc.perform(get(page).session(session).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/intake/")));
        mvc.perform(get(page + "/qr.svg").session(session).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
            .andExpect(content().string(containsString("<svg")));
        // Another session never sees the token.
        mvc.perform(get(page + "/qr.svg").with(as(team.therapist()))).andExpect(status().isNotFound());

        EpisodeId episode = completeIntakeUnchecked(RedFlag.SADDLE_NUMBNESS);
        mvc.perform(get("/episodes/" + episode + "/red-flags").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-level=\"REFER_EMERGENCY\"")))
            .andExpect(content().string(containsString("Emergency department")));
        mvc.perform(get("/clients/" + client + "/intake").with(as(team.therapist())))
            .andExpect(content().string(containsString("data-level=\"REFER_EMERGENCY\"")));
    }

    @Test
    void theEpisodeAndClientPagesShowTheBannerAndTheVisitFormAsksForTheReason() throws Exception {
        EpisodeId episode = completeIntakeUnchecked(RedFlag.SADDLE_NUMBNESS);
        mvc.perform(get("/episodes/" + episode).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-level=\"REFER_EMERGENCY\"")));
        mvc.perform(get("/clients/" + client).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-level=\"REFER_EMERGENCY\"")));
        mvc.perform(get("/clients/" + client).with(as(team.frontDesk())))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-level="))));
        mvc.perform(get("/episodes/" + episode + "/visits/new").with(as(team.therapist())))
            .andExpect(content().string(containsString("id=\"overrideReason\"")));

        int visits = episodes.visits(therapist, episode).size();
        mvc.perform(post("/episodes/" + episode + "/visits").with(as(team.therapist())).with(csrf())
                .param("date", LocalDate.now(clock).toString()).param("durationMinutes", "60").param("nprs", "6"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"overrideReason-error\"")));
        assertThat(episodes.visits(therapist, episode)).hasSize(visits);
        mvc.perform(post("/episodes/" + episode + "/visits").with(as(team.therapist())).with(csrf())
                .param("date", LocalDate.now(clock).toString()).param("durationMinutes", "60").param("nprs", "6")
                .param("overrideReason", "Seen in the ED this morning, discharged: no cauda equina"))
            .andExpect(redirectedUrl("/episodes/" + episode));
        assertThat(audit("TREATMENT_OVERRIDE")).singleElement().asString().contains("no cauda equina");
    }

    @Test
    void theApiMakesLinksAndReadsReviewsAndClearsRedFlags() throws Exception {
        String token = practices.token(team.therapist());
        mvc.perform(post("/api/v1/clients/" + client + "/intake-links").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INTAKE\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.state").value("OPEN"))
            .andExpect(jsonPath("$.url").value(containsString("/intake/")));
        mvc.perform(post("/api/v1/clients/" + client + "/intake-links").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"LATER\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("kind"));
        EpisodeId episode = completeIntakeUnchecked();
        mvc.perform(post("/api/v1/episodes/" + episode + "/red-flags/review").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"DVT_SIGNS\":true}}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.level").value("REFER_EMERGENCY"))
            .andExpect(jsonPath("$.providerTypes[0]").value("207P00000X"));
        mvc.perform(post("/api/v1/episodes/" + episode + "/red-flags/clear").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"DVT_SIGNS\",\"note\":\"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/v1/episodes/" + episode + "/red-flags/clear").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"DVT_SIGNS\",\"note\":\"Duplex ultrasound negative, GP letter 3 March\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.level").doesNotExist());
        mvc.perform(get("/api/v1/episodes/" + episode + "/red-flags").with(bearer(practices.token(team.frontDesk()))))
            .andExpect(status().isNotFound());
    }

    @Test
    void frontDeskAndOtherPracticesGetNotFound() throws Exception {
        var link = intakes.create(therapist, client, LinkKind.INTAKE, null);
        mvc.perform(post("/clients/" + client + "/intake-links").with(as(team.frontDesk())).with(csrf()))
            .andExpect(status().isNotFound());
        Team other = practices.newPractice("Other");
        mvc.perform(get("/intake-links/" + link.link().id()).with(as(other.therapist())))
            .andExpect(status().isNotFound());
        mvc.perform(post("/intake-links/" + link.link().id() + "/revoke").with(as(other.owner())).with(csrf()))
            .andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + client + "/intake-links").with(as(other.therapist())).with(csrf()))
            .andExpect(status().isNotFound());
    }

    EpisodeId completeIntakeUnchecked(RedFlag... yes) {
        try {
            return completeIntake(yes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
