package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.referout.support.DatabaseTest;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text that would break a restore or look blank is refused with a 400 that names the field, and nothing is stored
 * (issue: NUL bytes accepted on H2, names of only invisible characters, lone surrogates, duplicate JSON keys,
 * numeric overflow without the field, 500 for long passwords and for /intake/done opened directly).
 */
@ReferOutTest
@DatabaseTest
class HostileInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    JdbcClient jdbc;

    private long clients(long practice) {
        return jdbc.sql("select count(*) from client where practice_id = :p").param("p", practice)
            .query(Long.class).single();
    }

    @Test
    void apiBodiesWithHostileTextAreRefusedNamingTheField() throws Exception {
        var team = practices.newPractice("Hostile");
        String token = practices.token(team.therapist());
        String[][] cases = {
            { "{\"firstName\":\"Ann\\u0000a\",\"lastName\":\"Lee\"}", "firstName", "NUL" },
            { "{\"firstName\":\"Ann\",\"lastName\":\"Lee\\ud800\"}", "lastName", "broken character" },
            { "{\"firstName\":\"\\u200b\\u00a0\\u2060\",\"lastName\":\"Lee\"}", "firstName", "required" },
            { "{\"firstName\":\"Ann\",\"firstName\":\"Bea\",\"lastName\":\"Lee\"}", "firstName", "twice" },
            { "{\"firstName\":\"Ann\\u0007\",\"lastName\":\"Lee\"}", "firstName", "control character" },
        };
        for (String[] hostile : cases) {
            mvc.perform(post("/api/v1/clients").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                    .content(hostile[0]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(hostile[1]))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(hostile[2])));
        }
        assertThat(clients(team.id().value())).isZero();
    }

    @Test
    void numericOverflowNamesTheField() throws Exception {
        var team = practices.newPractice("Overflow");
        String token = practices.token(team.therapist());
        long episode = PageFixtures.episode(mvc, token, PageFixtures.client(mvc, token));
        mvc.perform(post("/api/v1/episodes/" + episode + "/visits").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"2026-01-05\",\"durationMinutes\":99999999999,\"techniques\":[\"SWEDISH\"]}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"))
            .andExpect(jsonPath("$.errors[0].message").value("is out of range"));
    }

    @Test
    void formFieldsWithControlCharactersAreRefusedAndPracticeNamesStayOnOneLine() throws Exception {
        var team = practices.newPractice("HostileForm");
        mvc.perform(post("/clients").with(csrf()).with(as(team.therapist())).param("firstName", "Ann\u0000")
                .param("lastName", "Lee"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("firstName")));
        assertThat(clients(team.id().value())).isZero();
        mvc.perform(post("/signup").with(csrf()).param("practiceName", "Calm\r\nBcc: x@example.test")
                .param("ownerName", "Ada").param("ownerEmail", "ada-" + System.nanoTime() + "@example.test")
                .param("password", TestPractices.PASSWORD))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("must be on one line")));
    }

    @Test
    void aPasswordOverBcryptsLimitGetsAClearMessage() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("practiceName", "Long Passwords")
                .param("ownerName", "Ada").param("ownerEmail", "long-" + System.nanoTime() + "@example.test")
                .param("password", "p".repeat(73)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("at most 72 bytes")));
    }

    @Test
    void bodiesOverTheDocumentedSizeGet413WithAShortReply() throws Exception {
        var team = practices.newPractice("Huge");
        String token = practices.token(team.therapist());
        String huge = "{\"firstName\":\"" + "a".repeat(1_100_000) + "\",\"lastName\":\"Lee\"}";
        var reply = mvc.perform(post("/api/v1/clients").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(huge))
            .andExpect(status().isPayloadTooLarge())
            .andReturn().getResponse().getContentAsString();
        assertThat(reply).hasSizeLessThan(200).contains("at most 1048576 bytes");
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[],\"x\":\""
                + "a".repeat(5_300_000) + "\"}";
        mvc.perform(post("/fhir").with(bearer(token)).contentType("application/fhir+json").content(bundle))
            .andExpect(status().isPayloadTooLarge())
            .andExpect(jsonPath("$.resourceType").value("OperationOutcome"))
            .andExpect(jsonPath("$.issue[0].code").value("too-costly"));
        assertThat(clients(team.id().value())).isZero();
    }

    @Test
    void badQueryParametersOnPagesAre400NamingTheParameter() throws Exception {
        var team = practices.newPractice("BadQuery");
        mvc.perform(get("/clients").param("page", "99999999999").with(as(team.therapist())))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("<strong>page</strong>")));
        mvc.perform(get("/insights").param("from", "yesterday").with(as(team.owner())))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("<strong>from</strong>")));
        mvc.perform(get("/clients/abc").with(as(team.therapist()))).andExpect(status().isNotFound());
    }

    @Test
    void addingARecipientOnAnotherPracticesEpisodeIsNotFoundAndStoresNothing() throws Exception {
        var owner = practices.newPractice("EpisodeOwner");
        String token = practices.token(owner.therapist());
        long episode = PageFixtures.episode(mvc, token, PageFixtures.client(mvc, token));
        var stranger = practices.newPractice("Stranger");
        mvc.perform(post("/episodes/" + episode + "/referrals/recipients").with(csrf()).with(as(stranger.therapist()))
                .param("name", "Dr Sideways").param("email", "sideways@clinic.test"))
            .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from referral_recipient where practice_id = :p")
            .param("p", stranger.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void theIntakeThankYouPageOpenedDirectlyIsTheGenericOne() throws Exception {
        mvc.perform(get("/intake/done")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Thank you")));
    }
}
