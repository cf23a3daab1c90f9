package org.referout.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.referout.clinical.CbiAnswers;
import org.referout.clinical.CbiItem;
import org.referout.clinical.CbiScale;
import org.referout.practice.Practices;
import org.referout.practice.Role;
import org.referout.practice.User;
import org.referout.support.DatabaseTest;
import org.referout.support.MutableClock;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The burnout self-check end to end, and above all its privacy: answers belong to the user who gave them. */
@DatabaseTest
class BurnoutChecksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Practices allPractices;

    @Autowired
    BurnoutChecks checks;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistTakesTheCheckOnThePageAndSeesTheirScores() throws Exception {
        Team team = practices.newPractice("Burnout page");
        mvc.perform(get("/insights/burnout/new").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Do you have enough energy for family and friends during leisure time?")))
            .andExpect(content().string(containsString("To a very high degree")));
        var request = post("/insights/burnout").with(as(team.therapist())).with(csrf());
        for (CbiItem item : CbiItem.of(CbiScale.PERSONAL)) {
            request.param("answer[" + item.name() + "]", "75");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        mvc.perform(get("/insights/burnout").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("75.0")))
            .andExpect(content().string(containsString("<svg")))
            .andExpect(content().string(containsString("Peer support")))
            .andExpect(content().string(not(containsString("diagnosed"))));
    }

    @Test
    void tooFewAnswersAreRefusedWithAReason() throws Exception {
        Team team = practices.newPractice("Burnout few");
        mvc.perform(post("/insights/burnout").with(as(team.therapist())).with(csrf())
                .param("answer[PERSONAL_1]", "50"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Answer at least 3 questions")));
        assertThat(checks.history(team.therapist().asCurrentPractice())).isEmpty();
    }

    @Test
    void theApiScoresR9VectorsAndNamesBadFields() throws Exception {
        Team team = practices.newPractice("Burnout api");
        String token = practices.token(team.therapist());
        mvc.perform(post("/api/v1/me/burnout").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"answers":{"WORK_1":75,"WORK_2":75,"WORK_3":75,"WORK_4":50,"WORK_5":50,"WORK_6":50,"WORK_7":100,
                         "CLIENT_1":50,"CLIENT_2":50,"CLIENT_3":25,"CLIENT_4":75,"CLIENT_5":25,"CLIENT_6":0,
                         "PERSONAL_1":100,"PERSONAL_2":50}}"""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.scores.work").value(closeTo(53.57, 0.005)))
            .andExpect(jsonPath("$.scores.client").value(37.5))
            .andExpect(jsonPath("$.scores.personal").doesNotExist());
        mvc.perform(get("/api/v1/me/burnout").with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.checks.length()").value(1))
            .andExpect(jsonPath("$.checks[0].answers.WORK_7").value(100));
        mvc.perform(post("/api/v1/me/burnout").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\":{\"WORK_9\":50,\"WORK_1\":60}}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("answers.WORK_9", "answers.WORK_1")));
    }

    @Test
    void nobodyElseSeesAUsersAnswersNotEvenTheOwner() throws Exception {
        Team team = practices.newPractice("Burnout private");
        User colleague = allPractices.addUser(team.owner().asCurrentPractice(),
                "colleague-" + System.nanoTime() + "@example.test", "Colleague", Role.THERAPIST, TestPractices.PASSWORD);
        CbiAnswers answers = CbiAnswers.none();
        for (CbiItem item : CbiItem.of(CbiScale.CLIENT)) {
            answers = answers.with(item, 100);
        }
        long id = checks.take(team.therapist().asCurrentPractice(), answers).id();

        for (User other : new User[] { team.owner(), colleague, team.frontDesk() }) {
            mvc.perform(get("/insights/burnout/" + id).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/insights/burnout").with(as(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("100.0"))))
                .andExpect(content().string(not(containsString("/insights/burnout/" + id))));
            mvc.perform(get("/api/v1/me/burnout").with(bearer(practices.token(other))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks.length()").value(0));
        }
        // The owner's exports carry nothing of it: the audit log (which the owner exports) never mentions it.
        assertThat(jdbc.sql("select count(*) from audit_log where practice_id = :p and (lower(action) like '%burnout%'"
                + " or lower(subject_type) like '%burnout%' or lower(detail) like '%burnout%')")
            .param("p", team.id().value()).query(Long.class).single()).isZero();
        var export = mvc.perform(get("/audit/export.csv").with(as(team.owner()))).andReturn();
        mvc.perform(asyncDispatch(export))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("burnout"))));
        mvc.perform(get("/insights/burnout/" + id).with(as(team.therapist()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("100.0")));
    }

    @Test
    void theReminderComesEveryThreeMonthsUnlessTurnedOff() throws Exception {
        Team team = practices.newPractice("Burnout reminder");
        var me = team.therapist().asCurrentPractice();
        assertThat(checks.reminder(me).due()).as("never taken").isTrue();
        CbiAnswers answers = CbiAnswers.none().with(CbiItem.PERSONAL_1, 25).with(CbiItem.PERSONAL_2, 25)
            .with(CbiItem.PERSONAL_3, 25);
        checks.take(me, answers);
        assertThat(checks.reminder(me).due()).isFalse();
        clock.advance(Duration.ofDays(93));
        try {
            assertThat(checks.reminder(me).due()).isTrue();
            mvc.perform(get("/insights/burnout").with(as(team.therapist())))
                .andExpect(content().string(containsString("id=\"reminder-due\"")));
            mvc.perform(post("/insights/burnout/reminder").with(as(team.therapist())).with(csrf())
                    .param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
            assertThat(checks.reminder(me).due()).isFalse();
            assertThat(checks.reminder(me).enabled()).isFalse();
        }
        finally {
            clock.advance(Duration.ofDays(-93));
        }
    }
}
