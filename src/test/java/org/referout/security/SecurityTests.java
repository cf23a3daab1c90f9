package org.referout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.referout.practice.Practices;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ReferOutTest
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Practices allPractices;

    @Autowired
    org.referout.practice.ApiTokens apiTokens;

    @Autowired
    org.referout.support.MutableClock clock;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Security-Policy",
                    org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("script-src 'self' 'unsafe-inline'")))))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejected() throws Exception {
        Team team = practices.newPractice("Csrf");
        mvc.perform(post("/practice/tokens").with(as(team.therapist())).param("name", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/practice/tokens").with(as(team.therapist())).with(csrf()).param("name", "x"))
            .andExpect(status().is3xxRedirection());
    }

    @Test
    void anonymousPagesRedirectToLoginAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/clients").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.errors[0].field").value("Authorization"));
    }

    @Test
    void loginIsThrottledAfterRepeatedFailures() throws Exception {
        Team team = practices.newPractice("Throttle");
        String email = team.therapist().email();
        for (int i = 0; i < LoginThrottle.FAILURES; i++) {
            mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
        }
        // Even the right password is refused while throttled.
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", TestPractices.PASSWORD))
            .andExpect(status().is3xxRedirection())
            .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?locked="));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\":\"" + email + "\",\"password\":\"" + TestPractices.PASSWORD + "\"}"))
            .andExpect(status().isTooManyRequests());
    }

    @Test
    void aGuesserCannotLockTheRealUserOut() throws Exception {
        Team team = practices.newPractice("NoLockout");
        String email = team.therapist().email();
        for (int guesser = 1; guesser <= 2; guesser++) {
            String address = "198.51.100." + guesser;
            for (int i = 0; i < LoginThrottle.FAILURES; i++) {
                mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong-password")
                        .with(from(address)))
                    .andExpect(redirectedUrl("/login?error"));
            }
            // that guesser is stopped, right password or not
            mvc.perform(post("/login").with(csrf()).param("email", email).param("password", TestPractices.PASSWORD)
                    .with(from(address)))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?locked="));
        }
        // a third address is slowed down, not given five more tries at once
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong-password")
                .with(from("198.51.100.3")))
            .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong-password")
                .with(from("198.51.100.3")))
            .andExpect(redirectedUrl("/login?locked=1"));
        // the failures from elsewhere only slowed the account: within a minute the real user is in, from home
        clock.advance(java.time.Duration.ofSeconds(61));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", TestPractices.PASSWORD)
                .with(from("203.0.113.50")))
            .andExpect(redirectedUrl("/"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void aRightPasswordSignsInOnANewSessionId() throws Exception {
        Team team = practices.newPractice("Login");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
            .param("email", team.owner().email()).param("password", TestPractices.PASSWORD))
            .andExpect(redirectedUrl("/"))
            .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void apiTokensWorkUntilRevoked() throws Exception {
        Team team = practices.newPractice("Tokens");
        MvcResult created = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\":\"" + team.therapist().email() + "\",\"password\":\"" + TestPractices.PASSWORD + "\"}"))
            .andExpect(status().isCreated())
            .andReturn();
        String token = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.token");
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk())
            .andExpect(jsonPath("$.email").value(team.therapist().email()));

        long id = apiTokens.list(team.therapist().asCurrentPractice()).get(0).id();
        mvc.perform(post("/practice/tokens/" + id + "/revoke").with(as(team.therapist())).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokensLastUseIsKeptToTheMinuteWithoutAWriteOnEveryCall() throws Exception {
        Team team = practices.newPractice("LastUsed");
        String token = practices.token(team.therapist());
        var therapist = team.therapist().asCurrentPractice();
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
        var first = apiTokens.list(therapist).get(0).lastUsedAt();
        assertThat(first).isNotNull();

        clock.advance(java.time.Duration.ofSeconds(30));
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
        assertThat(apiTokens.list(therapist).get(0).lastUsedAt()).isEqualTo(first);

        clock.advance(java.time.Duration.ofSeconds(45));
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
        assertThat(apiTokens.list(therapist).get(0).lastUsedAt()).isAfter(first);
    }

    @Test
    void anApiCallWithABrowserSessionAlongLeavesThatSessionAlone() throws Exception {
        Team team = practices.newPractice("SessionAlong");
        String token = practices.token(team.therapist());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/").session(session).with(as(team.therapist()))).andExpect(status().isOk());
        String before = session.getId();

        MvcResult api = mvc.perform(get("/api/v1/me").session(session).with(bearer(token)))
            .andExpect(status().isOk()).andReturn();

        assertThat(api.getRequest().getSession().getId()).isEqualTo(before);
    }

    @Test
    void aTokenCannotBeRevokedByAnotherUser() throws Exception {
        Team team = practices.newPractice("Revoke");
        practices.token(team.therapist());
        long id = apiTokens.list(team.therapist().asCurrentPractice()).get(0).id();
        mvc.perform(post("/practice/tokens/" + id + "/revoke").with(as(team.owner())).with(csrf()))
            .andExpect(status().isNotFound());
    }

    @Test
    void signUpCreatesAPracticeAndAsksTheOwnerToConfirmTheAddress() throws Exception {
        String email = "new-owner-" + System.nanoTime() + "@example.test";
        mvc.perform(post("/signup").with(csrf()).param("practiceName", "Calm Hands").param("ownerName", "Ada")
            .param("ownerEmail", email).param("password", "long-enough-password"))
            .andExpect(status().isOk())
            .andExpect(view().name("security/signup-sent"));
        assertThat(allPractices.userByEmail(email)).hasValueSatisfying(user -> {
            assertThat(user.role().name()).isEqualTo("OWNER");
            assertThat(user.passwordHash()).startsWith("{bcrypt}");
        });
    }

    @Test
    void badSignUpNamesEachFieldAndStoresNothing() throws Exception {
        String email = "bad-" + System.nanoTime() + "@example.test";
        mvc.perform(post("/signup").with(csrf()).param("practiceName", "").param("ownerName", "x".repeat(300))
            .param("ownerEmail", email).param("password", "short"))
            .andExpect(status().isBadRequest())
            .andExpect(result -> assertThat(result.getModelAndView().getModel().get("errors").toString())
                .contains("practiceName", "ownerName", "password"));
        assertThat(allPractices.userByEmail(email)).isEmpty();
    }
}
