package org.referout.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ReferOutTest
class EpisodePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Clients clients;

    @Autowired
    Episodes episodes;

    ClientId client(Team team) {
        return clients.create(team.owner().asCurrentPractice(), new ClientDetails("Jane", "Doe", null, null, null,
                null, null, null, null, null, null, true));
    }

    EpisodeId episode(Team team) {
        return episodes.start(team.therapist().asCurrentPractice(), client(team), EpisodesTests.lowBack());
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void startsAnEpisodeFromTheForm() throws Exception {
        Team team = practices.newPractice("EpPage");
        ClientId client = client(team);
        mvc.perform(get("/clients/" + client + "/episodes/new").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Symptoms for more than three months")))
            .andExpect(content().string(containsString("What will you do when you are out of pain?")));

        mvc.perform(post("/clients/" + client + "/episodes").with(as(team.therapist())).with(csrf())
                .param("complaint", "NECK_PAIN").param("chronic", "true").param("bodyRegions", "neck, shoulders")
                .param("goals", "Drive without turning my whole body").param("primaryMeasure", "PSFS")
                .param("psfsActivities", "Check the blind spot", "Read a book", "", "", "")
                .param("startDate", today()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/episodes/*"));
        Episode episode = episodes.listForClient(team.therapist().asCurrentPractice(), client).get(0);
        assertThat(episode.psfsActivities()).containsExactly("Check the blind spot", "Read a book");
        assertThat(episode.bodyRegions()).containsExactly("neck", "shoulders");
    }

    @Test
    void badEpisodeFormShowsTheProblems() throws Exception {
        Team team = practices.newPractice("EpPageBad");
        ClientId client = client(team);
        mvc.perform(post("/clients/" + client + "/episodes").with(as(team.therapist())).with(csrf())
                .param("primaryMeasure", "PSFS").param("goals", "x".repeat(2001)).param("startDate", "soon"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"startDate-error\"")));
        mvc.perform(post("/clients/" + client + "/episodes").with(as(team.therapist())).with(csrf())
                .param("primaryMeasure", "PSFS").param("goals", "x".repeat(2001)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"complaint-error\"")))
            .andExpect(content().string(containsString("name 1 to 5 activities")))
            .andExpect(content().string(containsString("is longer than 2000 characters")));
        assertThat(episodes.listForClient(team.therapist().asCurrentPractice(), client)).isEmpty();
    }

    @Test
    void visitFormPrefillsActivitiesAndOffersGrocFromTheSecondScoredVisit() throws Exception {
        Team team = practices.newPractice("VisitForm");
        EpisodeId episode = episode(team);

        mvc.perform(get("/episodes/" + episode + "/visits/new").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Lift my toddler")))
            .andExpect(content().string(containsString("id=\"nprs-10\"")))
            .andExpect(content().string(containsString("id=\"psfs2-0\"")))
            .andExpect(content().string(containsString("id=\"peg2-10\"")))
            .andExpect(content().string(containsString("value=\"" + today() + "\"")))
            .andExpect(content().string(not(containsString("name=\"groc\""))));

        mvc.perform(post("/episodes/" + episode + "/visits").with(as(team.therapist())).with(csrf())
                .param("date", today()).param("durationMinutes", "60").param("techniques", "SWEDISH", "TRIGGER_POINT")
                .param("nprs", "7").param("psfs0", "3").param("psfs1", "4").param("psfs2", "2")
                .param("homework", "Walk daily"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/episodes/" + episode));

        mvc.perform(get("/episodes/" + episode + "/visits/new").with(as(team.therapist())))
            .andExpect(content().string(containsString("id=\"groc--7\"")));
        mvc.perform(get("/episodes/" + episode).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Walk daily")))
            .andExpect(content().string(containsString("(3, 4, 2)")))
            .andExpect(content().string(containsString("Swedish, Trigger point")));
    }

    @Test
    void badVisitShowsPlainProblemsAndStoresNothing() throws Exception {
        Team team = practices.newPractice("VisitBad");
        EpisodeId episode = episode(team);

        mvc.perform(post("/episodes/" + episode + "/visits").with(as(team.therapist())).with(csrf())
                .param("date", today()).param("durationMinutes", "60").param("nprs", "11").param("psfs0", "3")
                .param("subjective", "x".repeat(4001)))
            .andExpect(status().isBadRequest())
            // the error summary links each problem to its control; the page puts the control's question in front
            .andExpect(content().string(containsString("href=\"#nprs\" data-field=\"nprs\">11 is outside 0..10 for NPRS")))
            .andExpect(content().string(containsString("href=\"#psfs1\" data-field=\"psfs1\">is required for PSFS")))
            .andExpect(content().string(containsString(
                    "href=\"#subjective\" data-field=\"subjective\">is longer than 4000 characters")));
        mvc.perform(post("/episodes/" + episode + "/visits").with(as(team.therapist())).with(csrf())
                .param("durationMinutes", "sixty").param("nprs", "4"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("sixty is not a number")));
        assertThat(episodes.visits(team.therapist().asCurrentPractice(), episode)).isEmpty();
    }

    @Test
    void frontDeskAndOtherPracticesGet404OnClinicalPages() throws Exception {
        Team team = practices.newPractice("EpPageDesk");
        Team stranger = practices.newPractice("EpPageStranger");
        EpisodeId episode = episode(team);
        ClientId client = episodes.find(team.therapist().asCurrentPractice(), episode).orElseThrow().client();

        for (var user : new org.referout.practice.User[] { team.frontDesk(), stranger.owner() }) {
            mvc.perform(get("/episodes/" + episode).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/episodes/" + episode + "/visits/new").with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/clients/" + client + "/episodes/new").with(as(user))).andExpect(status().isNotFound());
            mvc.perform(post("/episodes/" + episode + "/visits").with(as(user)).with(csrf())
                    .param("date", today()).param("durationMinutes", "60").param("nprs", "5"))
                .andExpect(status().isNotFound());
            mvc.perform(post("/episodes/" + episode + "/close").with(as(user)).with(csrf())
                    .param("reason", "GOALS_MET").param("version", "0"))
                .andExpect(status().isNotFound());
        }
    }

    @Test
    void closesTheEpisodeAndASecondCloseIsAConflict() throws Exception {
        Team team = practices.newPractice("EpPageClose");
        EpisodeId episode = episode(team);

        mvc.perform(post("/episodes/" + episode + "/close").with(as(team.therapist())).with(csrf())
                .param("reason", "CLIENT_STOPPED").param("version", "0"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/episodes/" + episode + "/close").with(as(team.owner())).with(csrf())
                .param("reason", "GOALS_MET").param("version", "0"))
            .andExpect(status().isConflict());
        mvc.perform(get("/episodes/" + episode).with(as(team.therapist())))
            .andExpect(content().string(containsString("Client stopped coming")))
            .andExpect(content().string(not(containsString("Record a visit"))));
    }

    @Test
    void notesEditUsesTheVersionAndTheSecondSaveSeesTheConflictMessage() throws Exception {
        Team team = practices.newPractice("NotesPage");
        EpisodeId episode = episode(team);
        VisitId visit = episodes.recordVisit(team.therapist().asCurrentPractice(), episode,
                EpisodesTests.visit(LocalDate.now(ZoneOffset.UTC), EpisodesTests.nprs(5)));

        mvc.perform(get("/visits/" + visit + "/edit").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Cat-cow daily")))
            .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post("/visits/" + visit + "/notes").with(as(team.therapist())).with(csrf())
                .param("assessment", "Less guarding").param("version", "0"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/episodes/" + episode));
        mvc.perform(post("/visits/" + visit + "/notes").with(as(team.owner())).with(csrf())
                .param("assessment", "Lost").param("version", "0"))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("Someone else saved these notes")))
            .andExpect(content().string(containsString("Less guarding")));
        mvc.perform(post("/visits/" + visit + "/notes").with(as(team.owner())).with(csrf())
                .param("plan", "x".repeat(4001)).param("version", "1"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"notes.plan-error\"")));
        mvc.perform(get("/visits/" + visit + "/edit").with(as(team.frontDesk()))).andExpect(status().isNotFound());
        assertThat(episodes.visits(team.therapist().asCurrentPractice(), episode).get(0).notes().assessment())
            .isEqualTo("Less guarding");
    }
}
