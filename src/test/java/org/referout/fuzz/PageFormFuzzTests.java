package org.referout.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
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
 * Q on the page forms: random form parameters (known names with odd values, missing ones, unknown ones)
 * posted with a CSRF token by a signed-in therapist get a page or a redirect, never a 5xx, and a refused
 * form stores nothing.
 */
@ReferOutTest
class PageFormFuzzTests {

    static final List<String> NAMES = List.of("firstName", "lastName", "dateOfBirth", "email", "phone",
            "addressLine1", "addressLine2", "city", "state", "zip", "preferredLanguage", "treatmentConsent", "version",
            "complaint", "chronic", "bodyRegions", "goals", "primaryMeasure", "psfsActivities", "psfsActivities[0]",
            "startDate", "date", "durationMinutes", "techniques", "nprs", "psfs0", "psfs1", "psfs4", "peg0", "peg2",
            "groc", "subjective", "objective", "assessment", "plan", "homework", "reason", "query", "page",
            "techniques[99999]", "psfsActivities[-1]", "class.module");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    JdbcClient jdbc;

    Team team;
    long client;
    long episode;
    long visit;

    @BeforeProperty
    void practiceWithAVisit() {
        WebFuzz.inject(this);
        team = practices.newPractice("FormFuzz");
        String token = practices.token(team.therapist());
        client = PageFixtures.client(mvc, token);
        episode = PageFixtures.episode(mvc, token, client);
        visit = PageFixtures.visit(mvc, token, episode);
    }

    @Property(tries = 100)
    void clientForms(@ForAll("form") Map<String, List<String>> form) {
        send(post("/clients"), form);
    }

    @Property(tries = 60)
    void clientEditForms(@ForAll("form") Map<String, List<String>> form) {
        send(post("/clients/" + client), form);
    }

    @Property(tries = 100)
    void episodeForms(@ForAll("form") Map<String, List<String>> form) {
        send(post("/clients/" + client + "/episodes"), form);
    }

    @Property(tries = 100)
    void visitForms(@ForAll("form") Map<String, List<String>> form) {
        send(post("/episodes/" + episode + "/visits"), form);
    }

    @Property(tries = 60)
    void notesAndCloseForms(@ForAll("form") Map<String, List<String>> form, @ForAll boolean close) {
        send(post(close ? "/episodes/" + episode + "/close" : "/visits/" + visit + "/notes"), form);
    }

    @Provide
    Arbitrary<Map<String, List<String>>> form() {
        Arbitrary<String> value = Arbitraries.oneOf(JsonFuzz.strings(),
                Arbitraries.of("0", "10", "11", "-1", "2147483648", "on", "true", "NPRS", "PSFS", "PEG",
                        "LOW_BACK_PAIN", "DEEP_TISSUE", "2026-01-05", "1980-02-30", "", "IMPROVED"));
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(8)),
                value.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(14);
    }

    private void send(MockHttpServletRequestBuilder request, Map<String, List<String>> form) {
        request.with(TestPractices.as(team.therapist())).with(csrf());
        form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        WebFuzz.refusedStoresNothing(mvc, jdbc, team.id(), request);
    }
}
