package org.referout.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referout.support.ReferOutTest;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Issue 16 item 5: an invitation is e-mailed to the invited address (the page used to show the link only), the
 * page says so, the mailed link lets the colleague join, and a bad address sends and stores nothing.
 */
@ReferOutTest
class InvitationMailTests {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theInvitationIsMailedToTheInvitedAddressAndItsLinkLetsTheColleagueJoin() throws Exception {
        Team team = practices.newPractice("Invite mail");
        String colleague = "colleague-" + System.nanoTime() + "@example.test";

        mvc.perform(post("/practice/invitations").with(as(team.owner())).with(csrf())
                .param("email", colleague).param("role", "FRONT_DESK"))
            .andExpect(redirectedUrl("/practice/users"))
            .andExpect(flash().attribute("invitedEmail", colleague))
            .andExpect(flash().attributeCount(1));
        String page = mvc.perform(get("/practice/users").with(as(team.owner()))
                .flashAttr("invitedEmail", colleague))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Invitation sent to <strong>" + colleague + "</strong>")
            .doesNotContain("/signup/invite/");

        Awaitility.await().atMost(Duration.ofSeconds(10))
            .until(() -> mail.getReceivedMessagesForDomain(colleague).length == 1);
        var message = mail.getReceivedMessagesForDomain(colleague)[0];
        assertThat(message.getSubject()).startsWith("Join ").endsWith(" on ReferOut");
        assertThat(TestMail.bodies(mail, colleague).get(0)).contains("as front desk", "works once, for 7 days");
        String link = TestMail.link(mail, colleague, "/signup/invite/");

        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link).with(csrf()).param("displayName", "Casey Colleague")
                .param("password", "a-long-enough-password"))
            .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select role from app_user where practice_id = :p and email = :e")
            .param("p", team.id().value()).param("e", colleague).query(String.class).single())
            .isEqualTo("FRONT_DESK");
    }

    @Test
    void aBadAddressSendsNothingStoresNothingAndKeepsWhatWasTyped() throws Exception {
        Team team = practices.newPractice("Invite bad");
        int before = mail.getReceivedMessages().length;

        String page = mvc.perform(post("/practice/invitations").with(as(team.owner())).with(csrf())
                .param("email", "not an address").param("role", "FRONT_DESK"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-summary\"", "href=\"#email\"", "id=\"email-error\"",
                "value=\"not an address\"", "<option value=\"FRONT_DESK\" selected");
        assertThat(jdbc.sql("select count(*) from invitation where practice_id = :p").param("p", team.id().value())
            .query(Long.class).single()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(before);
    }
}
