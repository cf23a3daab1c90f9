package org.referout.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.referout.support.ReferOutTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-up is throttled per client address (issue: 20 sign-ups in 1.5 s, unthrottled). */
@ReferOutTest
@TestPropertySource(properties = "referout.signups-per-hour=3")
class SignupThrottleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aFourthSignUpFromOneAddressWithinTheHourIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/signup").with(csrf()).param("practiceName", "Burst " + i).param("ownerName", "Bo")
                    .param("ownerEmail", "burst-" + i + "-" + System.nanoTime() + "@example.test")
                    .param("password", "long-enough-password"))
                .andExpect(status().isOk());
        }
        mvc.perform(post("/signup").with(csrf()).param("practiceName", "Burst 4").param("ownerName", "Bo")
                .param("ownerEmail", "burst-4-" + System.nanoTime() + "@example.test")
                .param("password", "long-enough-password"))
            .andExpect(status().isTooManyRequests())
            .andExpect(content().string(containsString("too many sign-ups")));
        mvc.perform(post("/signup").with(csrf()).param("practiceName", "Elsewhere").param("ownerName", "Cy")
                .param("ownerEmail", "elsewhere-" + System.nanoTime() + "@example.test")
                .param("password", "long-enough-password").with(request -> {
                    request.setRemoteAddr("198.51.100.7");
                    return request;
                }))
            .andExpect(status().isOk());
    }
}
