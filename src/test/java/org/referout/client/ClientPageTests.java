package org.referout.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.referout.audit.AuditEntry;
import org.referout.audit.AuditLog;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ReferOutTest
class ClientPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Clients clients;

    @Autowired
    AuditLog auditLog;

    @Test
    void createsAClientFromTheFormAndShowsIt() throws Exception {
        Team team = practices.newPractice("PageCreate");
        mvc.perform(get("/clients/new").with(as(team.frontDesk())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<label for=\"firstName\">")));

        String location = mvc.perform(post("/clients").with(as(team.frontDesk())).with(csrf())
                .param("firstName", "Jane").param("lastName", "Doe").param("dateOfBirth", "1980-05-17")
                .param("zip", "62701").param("gender", "female").param("treatmentConsent", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/clients/*"))
            .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Jane Doe")))
            .andExpect(content().string(containsString("<dt>Gender</dt><dd>female</dd>")))
            .andExpect(content().string(containsString("Start an episode")));
        mvc.perform(get("/clients").param("query", "doe").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Doe, Jane")));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(auditLog.list(team.id(), id, 10)).extracting(AuditEntry::action).contains("CLIENT_CREATED",
                "CLIENT_READ");
    }

    @Test
    void badInputIsShownNextToTheFieldsAndNothingIsStored() throws Exception {
        Team team = practices.newPractice("PageBad");
        mvc.perform(post("/clients").with(as(team.owner())).with(csrf())
                .param("firstName", "").param("lastName", "x".repeat(101)).param("dateOfBirth", "17/05/1980")
                .param("email", "nope"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"dateOfBirth-error\"")));
        mvc.perform(post("/clients").with(as(team.owner())).with(csrf())
                .param("firstName", "").param("lastName", "x".repeat(101)).param("email", "nope"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"firstName-error\"")))
            .andExpect(content().string(containsString("is longer than 100 characters")))
            .andExpect(content().string(containsString("is not an e-mail address")));
        assertThat(clients.list(team.owner().asCurrentPractice(), 0, 10).total()).isZero();
    }

    @Test
    void secondOfTwoEditsGetsTheConflictMessage() throws Exception {
        Team team = practices.newPractice("PageConflict");
        ClientId id = clients.create(team.owner().asCurrentPractice(), ClientsTests.jane());
        mvc.perform(get("/clients/" + id + "/edit").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(post("/clients/" + id).with(as(team.owner())).with(csrf())
                .param("firstName", "Janet").param("lastName", "Doe").param("version", "0"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/clients/" + id).with(as(team.frontDesk())).with(csrf())
                .param("firstName", "Jo").param("lastName", "Doe").param("version", "0"))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("Someone else saved this client")))
            .andExpect(content().string(containsString("value=\"Janet\"")));
        assertThat(clients.find(team.owner().asCurrentPractice(), id).orElseThrow().firstName()).isEqualTo("Janet");
    }

    @Test
    void frontDeskSeesDetailsButNoEpisodes() throws Exception {
        Team team = practices.newPractice("PageDesk");
        ClientId id = clients.create(team.owner().asCurrentPractice(), ClientsTests.jane());

        mvc.perform(get("/clients/" + id).with(as(team.frontDesk())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Jane Doe")))
            .andExpect(content().string(not(containsString("Episodes of care"))));
    }

    @Test
    void anotherPracticesClientIs404() throws Exception {
        Team mine = practices.newPractice("PageMine");
        ClientId theirs = clients.create(practices.newPractice("PageTheirs").owner().asCurrentPractice(),
                ClientsTests.jane());

        mvc.perform(get("/clients/" + theirs).with(as(mine.owner()))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + theirs + "/edit").with(as(mine.owner()))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + theirs).with(as(mine.owner())).with(csrf())
                .param("firstName", "X").param("lastName", "Y").param("version", "0"))
            .andExpect(status().isNotFound());
    }
}
