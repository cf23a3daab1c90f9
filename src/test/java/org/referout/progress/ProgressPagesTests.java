package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The home page's alerts, the off-track review form and the episode page with its chart. */
@ReferOutTest
@Import(ProgressFixtures.class)
class ProgressPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    ProgressFixtures fixtures;

    @Autowired
    Alerts alerts;

    @Test
    void homeListsOpenAlertsAndTheReviewAcknowledgesThem() throws Exception {
        Team team = practices.newPractice("PagesHome");
        CurrentPractice by = team.therapist().asCurrentPractice();
        fixtures.episodeWithPain(by, fixtures.client(by, "Mia", "North"), 5, 8);
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts.open(by).size() == 1);
        Alert alert = alerts.open(by).get(0);

        mvc.perform(get("/").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Mia North")))
            .andExpect(content().string(containsString("status AMBER")))
            .andExpect(content().string(containsString("/alerts/" + alert.id())));
        mvc.perform(get("/").with(as(team.frontDesk())))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Mia North"))));
        mvc.perform(get("/alerts/" + alert.id()).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"technique-SWEDISH\" value=\"SWEDISH\" checked")))
            .andExpect(content().string(containsString("Does the pain wake you at night")));
        mvc.perform(get("/alerts/" + alert.id()).with(as(team.frontDesk()))).andExpect(status().isNotFound());

        mvc.perform(post("/alerts/" + alert.id()).with(as(team.therapist())).with(csrf())
                .param("version", "0").param("homework", "DONE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alliance-error")));
        mvc.perform(post("/alerts/" + alert.id()).with(as(team.therapist())).with(csrf())
                .param("version", "0").param("homework", "DONE").param("techniquesTried", "SWEDISH")
                .param("expectations", "REALISTIC").param("alliance", "GOOD").param("newSymptoms", "true")
                .param("redFlags", "NIGHT_PAIN").param("decision", "REFER").param("note", "To her GP"))
            .andExpect(redirectedUrl("/alerts/" + alert.id()));
        assertThat(alerts.open(by)).isEmpty();
        mvc.perform(get("/alerts/" + alert.id()).with(as(team.therapist())))
            .andExpect(content().string(containsString("To her GP")))
            .andExpect(content().string(containsString("NIGHT_PAIN")));
    }

    @Test
    void theEpisodePageShowsStatusReasonsBoundAndTheChartWithItsTable() throws Exception {
        Team team = practices.newPractice("PagesEpisode");
        CurrentPractice by = team.therapist().asCurrentPractice();
        EpisodeId episode = fixtures.episodeWithPain(by, fixtures.client(by, "Ned", "Olsen"), 5, 8, 9);
        // the latest visit's alert (an older visit's check that runs after a later visit raises nothing, so
        // whether visit 2 has one of its own depends on timing)
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts.forEpisode(team.id(), episode).stream()
            .anyMatch(org.referout.progress.Alert::isOpen));

        mvc.perform(get("/episodes/" + episode.value()).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("class=\"status RED\"")))
            .andExpect(content().string(containsString("data-code=\"DETERIORATED")))
            .andExpect(content().string(containsString("Reliable change index")))
            .andExpect(content().string(containsString("role=\"img\"")))
            .andExpect(content().string(containsString("progress-chart-alert-markers")))
            .andExpect(content().string(containsString("The chart as a table")))
            .andExpect(content().string(containsString("href=\"/episodes/" + episode.value() + "/report.pdf\"")))
            .andExpect(content().string(containsString("Progress report for the client or their doctor (PDF)")));
        mvc.perform(get("/episodes/" + episode.value()).with(as(team.frontDesk()))).andExpect(status().isNotFound());
        mvc.perform(get("/episodes/" + episode.value()).with(as(practices.newPractice("PagesOther").owner())))
            .andExpect(status().isNotFound());
    }

    @Test
    void theOwnerRebuildsTheCurvesOnDemand() throws Exception {
        Team team = practices.newPractice("PagesCurves");

        mvc.perform(get("/").with(as(team.owner())))
            .andExpect(content().string(containsString("Rebuild the curves now")));
        mvc.perform(post("/progress/curves").with(as(team.owner())).with(csrf()))
            .andExpect(redirectedUrl("/"));
        mvc.perform(post("/progress/curves").with(as(team.therapist())).with(csrf()))
            .andExpect(status().isNotFound());
    }
}
