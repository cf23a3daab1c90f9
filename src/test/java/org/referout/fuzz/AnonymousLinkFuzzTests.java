package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.referout.support.ReferOutTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Q on the two anonymous doors, the intake link and the recipient link: random tokens, paths and form posts
 * get 2xx/3xx/4xx (429 once rate-limited), never 5xx, and a token nobody issued stores nothing.
 */
@ReferOutTest
class AnonymousLinkFuzzTests {

    /** Everything an intake or recipient request can write. */
    static final List<String> TABLES = List.of("intake_draft", "red_flag_answer", "referral_event",
            "referral_follow_up", "referral", "episode", "visit", "visit_score", "client");

    static final List<String> NAMES = List.of("answer", "answers", "flag", "yes", "no", "code", "date", "time",
            "note", "report", "reason", "firstName", "lastName", "dateOfBirth", "nprs", "psfs0", "consent", "back");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeProperty
    void inject() {
        WebFuzz.inject(this);
    }

    @Property(tries = 100)
    void randomTokensAndPathsOnTheLinks(@ForAll("path") String path) {
        unchanged(get(path));
    }

    @Property(tries = 150)
    void randomFormPostsToTheLinks(@ForAll("path") String path, @ForAll("form") Map<String, List<String>> form) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        unchanged(request);
    }

    @Provide
    Arbitrary<String> path() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').numeric()
            .withChars('-', '_').ofMinLength(1).ofMaxLength(64), Arbitraries.of("%00", "..", "%2e%2e", "a%2Fb",
                    "x".repeat(5000), "%F0%9F%98%80"));
        Arbitrary<String> step = Arbitraries.oneOf(Arbitraries.integers().between(-2, 12).map(String::valueOf),
                Arbitraries.of("x", "99999999999", ""));
        return Arbitraries.oneOf(token.map(t -> "/intake/" + t),
                net.jqwik.api.Combinators.combine(token, step).as((t, s) -> "/intake/" + t + "/step/" + s),
                net.jqwik.api.Combinators.combine(token, Arbitraries.of("", "/code", "/accept", "/decline",
                        "/schedule", "/seen", "/report", "/done", "/other")).as((t, s) -> "/r/" + t + s));
    }

    @Provide
    Arbitrary<Map<String, List<String>>> form() {
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(8)),
                JsonFuzz.strings().list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(10);
    }

    private void unchanged(MockHttpServletRequestBuilder request) {
        long before = rows();
        WebFuzz.perform(mvc, request);
        assertThat(rows()).as("rows after a request on a token nobody issued").isEqualTo(before);
    }

    private long rows() {
        long total = 0;
        for (String table : TABLES) {
            total += jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }
        return total;
    }
}
