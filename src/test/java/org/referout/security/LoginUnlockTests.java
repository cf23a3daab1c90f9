package org.referout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referout.support.ReferOutTest;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Issue 17 item 6: throttling cannot lock a real user out. A guesser behind the same address as the therapist (a
 * clinic's network) blocks that address and slows the account; the therapist gets a mailed link, and the browser
 * that opens it signs in at once. Before, she could only wait.
 */
@ReferOutTest
class LoginUnlockTests {

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

    private static final RequestPostProcessor CLINIC = request -> {
        request.setRemoteAddr("198.51.100.40");
        return request;
    };

    @Test
    void theMailedLinkLetsTheRealUserInAtOnceFromTheGuessersAddress() throws Exception {
        String email = practices.newPractice("Unlock").therapist().email();
        for (int i = 0; i < LoginThrottle.FAILURES * 4; i++) {
            mvc.perform(post("/login").with(csrf()).with(CLINIC).param("email", email).param("password", "wrong-" + i));
        }
        mvc.perform(post("/login").with(csrf()).with(CLINIC).param("email", email)
                .param("password", TestPractices.PASSWORD))
            .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?locked="));

        awaitMailTo(email);
        assertThat(mail.getReceivedMessagesForDomain(email)).as("mailed once, not once a guess").hasSize(1);
        String link = TestMail.link(mail, email, "/login/unlock/");

        MockHttpSession session = new MockHttpSession();
        mvc.perform(get(link).session(session).with(CLINIC)).andExpect(status().isOk());
        mvc.perform(post("/login").with(csrf()).with(CLINIC).session(session).param("email", email)
                .param("password", TestPractices.PASSWORD))
            .andExpect(redirectedUrl("/"));

        // the link works once
        mvc.perform(get(link).with(CLINIC)).andExpect(status().isNotFound());
    }

    @Test
    void aPassForOneAccountOpensNoOther() throws Exception {
        var team = practices.newPractice("UnlockOther");
        String email = team.therapist().email();
        String other = team.frontDesk().email();
        for (String account : new String[] { email, other }) {
            for (int i = 0; i < LoginThrottle.FAILURES; i++) {
                mvc.perform(post("/login").with(csrf()).with(CLINIC).param("email", account)
                    .param("password", "wrong-" + i));
            }
        }
        awaitMailTo(email);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get(TestMail.link(mail, email, "/login/unlock/")).session(session).with(CLINIC))
            .andExpect(status().isOk());
        mvc.perform(post("/login").with(csrf()).with(CLINIC).session(session).param("email", other)
                .param("password", TestPractices.PASSWORD))
            .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?locked="));
    }

    /** The unlock mail goes from a background thread; other tests of this class send theirs to the same server. */
    private static void awaitMailTo(String email) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (mail.getReceivedMessagesForDomain(email).length == 0 && System.nanoTime() < until) {
            mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
        }
        assertThat(mail.getReceivedMessagesForDomain(email)).as("the unlock mail to " + email + " arrives").isNotEmpty();
    }
}
