package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.referout.practice.CurrentPractice;
import org.referout.referral.RecipientId;
import org.referout.referral.ReferralId;
import org.referout.referral.Referrals;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Q on a recipient link that was really issued (AnonymousLinkFuzzTests covers tokens nobody issued): wrong
 * verification codes, and arbitrary form posts after the right code (odd dates, pains, reports, steps in any
 * order), get 2xx/3xx/4xx, never 5xx; a wrong code moves nothing, and a refused step leaves the referral, its
 * answer and its timeline as they were.
 */
@ReferOutTest
class IssuedLinkFuzzTests {

    static final List<String> STEPS = List.of("accept", "decline", "schedule", "seen", "report");
    static final List<String> NAMES = List.of("date", "pain", "report", "reason", "code");

    /** A fresh remote address per property: the link's lookup limit is per address and shared by the tests. */
    static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    Referrals referrals;
    @Autowired
    JdbcClient jdbc;

    Team team;
    ReferralId referral;
    String path;
    String code;
    String address;
    /** Verified once per property: entering the code counts against the link's lookup limit. */
    MockHttpSession verified;

    @BeforeProperty
    void sentReferral() throws Exception {
        WebFuzz.inject(this);
        team = practices.newPractice("LinkFuzz");
        String token = practices.token(team.therapist());
        long episode = PageFixtures.episode(mvc, token, PageFixtures.client(mvc, token));
        long recipient = id(api(token, "/api/v1/recipients",
                "{\"name\":\"Dr Fuzz\",\"providerType\":\"Chiropractor\",\"email\":\"fuzz@chiro.test\"}"));
        String draft = api(token, "/api/v1/referrals", "{\"episodeId\":" + episode
                + ",\"urgency\":\"ROUTINE\",\"reason\":\"No change\",\"recipients\":[" + recipient + "]}");
        referral = new ReferralId(((Number) JsonPath.read(draft, "$.referral.id")).longValue());
        api(token, "/api/v1/referrals/" + referral.value() + "/consent", "{\"recipient\":" + recipient
                + ",\"givenBy\":\"Client\",\"method\":\"IN_PERSON\",\"shares\":{\"summary\":true,\"scores\":true,\"notes\":false,\"redFlags\":true}}");
        api(token, "/api/v1/referrals/" + referral.value() + "/send", "{}");
        CurrentPractice therapist = team.therapist().asCurrentPractice();
        var credentials = referrals.credentials(therapist, referral, new RecipientId(recipient)).orElseThrow();
        path = credentials.path();
        code = credentials.code();
        address = "10.0." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250 + 1);
        verified = new MockHttpSession();
        assertThat(WebFuzz.perform(mvc, from(post(path + "/code").param("code", code)).session(verified))
            .getStatus()).isEqualTo(302);
    }

    /** Bounded by the link's own limits too: after five wrong codes the link answers 429. */
    @Property(tries = 30)
    void wrongCodesMoveNothing(@ForAll("codes") String guess) {
        String before = state();
        WebFuzz.perform(mvc, from(post(path + "/code").param("code", guess)));
        assertThat(state()).as("referral after a wrong code").isEqualTo(before);
    }

    @Property(tries = 120)
    void stepsAfterTheRightCode(@ForAll("step") String step, @ForAll("form") Map<String, List<String>> form) {
        MockHttpServletRequestBuilder request = from(post(path + "/" + step)).session(verified);
        form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        String before = state();
        if (WebFuzz.perform(mvc, request).getStatus() >= 400) {
            assertThat(state()).as("referral after a refused " + step).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(JsonFuzz.strings(), Arbitraries.strings().numeric().ofLength(6),
                Arbitraries.of("", " ", "000000", "x".repeat(10_000)));
    }

    @Provide
    Arbitrary<String> step() {
        return Arbitraries.of(STEPS);
    }

    @Provide
    Arbitrary<Map<String, List<String>>> form() {
        Arbitrary<String> value = Arbitraries.oneOf(JsonFuzz.strings(), Arbitraries.of("", "0", "10", "11", "-1",
                "2147483648", "2026-02-30", "2026-13-01", "1900-01-01", "9999-12-31", "2026-01-05", "tomorrow"));
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(8)),
                value.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(5);
    }

    private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    /** Everything a recipient's step can change: the referral row, its answer and its timeline. */
    private String state() {
        return jdbc.sql("select r.status || '|' || r.version || '|' || coalesce(a.response, '-') || '|' || "
                + "(select count(*) from referral_event e where e.practice_id = r.practice_id and e.referral_id = r.id)"
                + " from referral r join referral_addressee a on a.practice_id = r.practice_id and a.referral_id = r.id"
                + " where r.practice_id = ? and r.id = ?")
            .params(team.id().value(), referral.value()).query(String.class).single();
    }

    private String api(String token, String path, String body) throws Exception {
        return mvc.perform(post(path).with(TestPractices.bearer(token)).contentType(MediaType.APPLICATION_JSON)
            .content(body)).andReturn().getResponse().getContentAsString();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
