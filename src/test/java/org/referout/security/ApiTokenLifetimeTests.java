package org.referout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.referout.support.MutableClock;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * API tokens expire (90 days by default) and the token endpoint names what it mints: asking again under the same
 * name replaces the older token instead of adding a live one each time (issue: tokens never expired, and every
 * call minted a new one).
 */
@ReferOutTest
class ApiTokenLifetimeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    MutableClock clock;

    private String mint(String email, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + TestPractices.PASSWORD + "\",\"name\":\""
                        + name + "\"}"))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.name")).isEqualTo(name);
        assertThat(JsonPath.<String>read(body, "$.expiresAt")).isNotBlank();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void aTokenUnderAUsedNameReplacesTheOlderOneAndEveryTokenExpires() throws Exception {
        var owner = practices.newPractice("Tokens").owner();
        String first = mint(owner.email(), "nightly export");
        String other = mint(owner.email(), "reporting");
        mvc.perform(get("/api/v1/clients").with(bearer(first))).andExpect(status().isOk());

        String second = mint(owner.email(), "nightly export");
        mvc.perform(get("/api/v1/clients").with(bearer(first))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/clients").with(bearer(second))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/clients").with(bearer(other))).andExpect(status().isOk());

        clock.advance(Duration.ofDays(91));
        try {
            mvc.perform(get("/api/v1/clients").with(bearer(second))).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/clients").with(bearer(other))).andExpect(status().isUnauthorized());
        }
        finally {
            clock.advance(Duration.ofDays(-91));
        }
    }
}
