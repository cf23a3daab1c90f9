package org.referout.directory;

import static org.hamcrest.Matchers.containsString;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The search, partner and import pages: who may see them, bad input shown next to the field. */
@ReferOutTest
class DirectoryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Test
    void frontDeskMaySearchButOnlyTheOperatorImports() throws Exception {
        Team team = practices.newPractice("DirPages");
        // every sign-up is an owner: owning a practice allows nothing server-wide
        mvc.perform(get("/directory/import").with(as(team.owner()))).andExpect(status().isNotFound());
        mvc.perform(post("/directory/import").with(csrf()).param("file", "x.csv").with(as(team.owner())))
            .andExpect(status().isNotFound());
        mvc.perform(get("/directory").with(as(team.frontDesk())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Find a provider")));
        mvc.perform(get("/directory/import").with(as(team.frontDesk()))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/import").with(as(team.therapist()))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/import/progress").with(as(team.owner()))).andExpect(status().isNotFound());
    }

    @Test
    void badSearchInputIsShownNextToTheField() throws Exception {
        Team team = practices.newPractice("DirBad");
        mvc.perform(get("/directory").param("type", "chiropractor").param("near", "00000").with(as(team.therapist())))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"near-error\"")));
        mvc.perform(get("/directory").param("type", "chiropractor").param("near", "10001").param("radiusKm", "0")
                .with(as(team.therapist())))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"radiusKm-error\"")));
    }

    @Test
    void aPartnerIsAddedByHandOnThePageAndAnotherPracticeCannotOpenIt() throws Exception {
        Team team = practices.newPractice("DirForm");
        mvc.perform(post("/directory/partners").with(as(team.frontDesk())).with(csrf())
                .param("name", "Brooklyn Acupuncture").param("taxonomyCodes", "171100000X").param("zip", "11201")
                .param("notes", "Good with migraines").param("acceptingNew", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/directory/partners"));
        mvc.perform(get("/directory/partners").with(as(team.therapist())))
            .andExpect(content().string(containsString("Brooklyn Acupuncture")))
            .andExpect(content().string(containsString("Good with migraines")))
            // the kind in words, never the NUCC code
            .andExpect(content().string(containsString("<td>Acupuncturist</td>")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("171100000X"))));
        mvc.perform(post("/directory/partners").with(as(team.owner())).with(csrf()).param("name", "X")
                .param("email", "not-an-address"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"email-error\"")))
            // the page asks for the kind of provider, chosen from the list
            .andExpect(content().string(containsString("Choose the kind of provider from the list")));
        mvc.perform(post("/directory/partners").with(as(team.owner())).with(csrf()).param("name", "X")
                .param("taxonomyCodes", "999ZZ9999X"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Choose a kind of provider from the list")))
            .andExpect(content().string(containsString("<option value=\"999ZZ9999X\" selected")));
        mvc.perform(get("/directory/partners/new").with(as(team.owner())))
            .andExpect(content().string(containsString("<option value=\"171100000X\">Acupuncturist</option>")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("NUCC taxonomy codes"))));
        Team other = practices.newPractice("DirOther");
        mvc.perform(get("/directory").param("client", "8999999999").with(as(other.owner())))
            .andExpect(status().isNotFound());
    }

    @Test
    void aPartnerOfTwoKindsKeepsBothThePrimaryChosenFromTheListAndTheOtherTicked() throws Exception {
        Team team = practices.newPractice("DirKinds");
        // what the page submits: the list's choice and the ticked further kind, both under one name
        mvc.perform(post("/directory/partners").with(as(team.therapist())).with(csrf()).param("name", "Two Kinds Clinic")
                .param("taxonomyCodes", "111N00000X", "207Q00000X"))
            .andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/directory/partners").with(as(team.therapist())))
            .andExpect(content().string(containsString("Chiropractor, ")))
            .andReturn().getResponse().getContentAsString();
        var id = java.util.regex.Pattern.compile("/directory/partners/(\\d+)\"").matcher(list);
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        mvc.perform(get("/directory/partners/" + id.group(1)).with(as(team.therapist())))
            .andExpect(content().string(containsString("<option value=\"111N00000X\" selected=\"selected\">")))
            .andExpect(content().string(containsString("Also listed as")))
            .andExpect(content().string(containsString("Family Medicine Physician")))
            .andExpect(content().string(containsString("value=\"207Q00000X\" checked id=\"also-kind-1\"")));
    }
}
