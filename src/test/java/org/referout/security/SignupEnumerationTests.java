package org.referout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referout.practice.Practices;
import org.referout.practice.Role;
import org.referout.support.ReferOutTest;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Issue 17 item 10: sign-up and invitations give away no account's existence. Sign-up used to answer "an account
 * with this e-mail already exists"; now it answers the same page for a taken and a free address, the address's
 * owner is told by e-mail, and a new practice can sign in only after opening its link (else signing in with the
 * password just chosen would tell whether the account was made).
 */
@ReferOutTest
class SignupEnumerationTests {

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
    Practices practiceService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTakenAndAFreeAddressGetTheSamePageAndOnlyTheMailSaysWhichItWas() throws Exception {
        var taken = practices.newPractice("Taken").owner();
        String free = "free-" + System.nanoTime() + "@example.test";
        long practicesBefore = count("select count(*) from practice");

        String forTaken = page(signUp(taken.email()), taken.email());
        String forFree = page(signUp(free), free);

        assertThat(forTaken).isEqualTo(forFree).contains("Check your e-mail").doesNotContain("already");
        assertThat(count("select count(*) from practice")).isEqualTo(practicesBefore + 1);
        assertThat(practiceService.userByEmail(taken.email()).orElseThrow().passwordHash())
            .as("the existing account is untouched").isEqualTo(taken.passwordHash());
        assertThat(bodies(taken.email())).singleElement().asString()
            .contains("already has a ReferOut account", "nothing was created").doesNotContain("/signup/verify/");
        assertThat(bodies(free)).singleElement().asString().contains("/signup/verify/");
    }

    @Test
    void aNewPracticeSignsInOnlyOnceItsAddressIsConfirmed() throws Exception {
        String email = "confirm-" + System.nanoTime() + "@example.test";
        signUp(email).getResponse();
        String unknown = "nobody-" + System.nanoTime() + "@example.test";

        String loginFailure = login(email);
        assertThat(loginFailure).isEqualTo(login(unknown)).isEqualTo("/login?error");
        String tokenFailure = tokenReply(email, 401);
        assertThat(tokenFailure).isEqualTo(tokenReply(unknown, 401));

        mvc.perform(get(TestMail.link(mail, email, "/signup/verify/"))).andExpect(status().isOk());
        assertThat(login(email)).isEqualTo("/");
        tokenReply(email, 201);
    }

    @Test
    void aTakenAddressCostsTheSameHashingAsAFreeOne() throws Exception {
        var taken = practices.newPractice("Timing").owner();
        signUp("warm-" + System.nanoTime() + "@example.test");
        signUp(taken.email());
        long takenNanos = Long.MAX_VALUE;
        long freeNanos = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            signUp(taken.email());
            takenNanos = Math.min(takenNanos, System.nanoTime() - start);
            start = System.nanoTime();
            signUp("time-" + i + "-" + System.nanoTime() + "@example.test");
            freeNanos = Math.min(freeNanos, System.nanoTime() - start);
        }
        // both hash a password (bcrypt, tens of milliseconds), which dwarfs the inserts a new practice adds
        assertThat((double) takenNanos / freeNanos).as("taken %d ns, free %d ns", takenNanos, freeNanos)
            .isBetween(0.5, 2.0);
    }

    @Test
    void anInvitationDoesNotSayWhetherTheAddressHasAnAccount() throws Exception {
        var owner = practices.newPractice("Inviter").owner();
        var elsewhere = practices.newPractice("Elsewhere").therapist();
        String token = practiceService.invite(owner.asCurrentPractice(), elsewhere.email(), Role.THERAPIST);
        assertThat(token).isNotBlank();
        // the person who holds the link (the address's owner) is the one told
        mvc.perform(post("/signup/invite/" + token).with(csrf()).param("displayName", "Someone")
                .param("password", TestPractices.PASSWORD))
            .andExpect(status().isBadRequest());
    }

    private MvcResult signUp(String email) throws Exception {
        return mvc.perform(post("/signup").with(csrf()).param("practiceName", "Quiet Hands")
                .param("ownerName", "Ada Lane").param("ownerEmail", email).param("password", TestPractices.PASSWORD))
            .andExpect(status().isOk()).andReturn();
    }

    private static String page(MvcResult result, String email) throws Exception {
        return result.getResponse().getContentAsString().replace(email, "ADDRESS")
            .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private String login(String email) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", TestPractices.PASSWORD))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private String tokenReply(String email, int status) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + TestPractices.PASSWORD + "\"}"))
            .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private java.util.List<String> bodies(String email) {
        return Arrays.stream(mail.getReceivedMessagesForDomain(email)).map(GreenMailUtil::getBody)
            .map(body -> body.replace("=\r\n", "").replace("=3D", "=")).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
