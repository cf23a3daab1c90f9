package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Q and issue #8 on {@code POST /fhir}: mutated transaction Bundles (one field replaced, removed or the text cut) and
 * random JSON get a 2xx or a 4xx OperationOutcome, never a 5xx, and a refused Bundle leaves no client, episode,
 * visit or score behind (the import is all or nothing). Bounded tries so CI stays quick.
 */
@ReferOutTest
class FhirTransactionFuzzTests {

    /** A Patient with an episode, a visit and two scores, wired by urn:uuid references as a client would send. */
    static final String BUNDLE = """
            {"resourceType":"Bundle","type":"transaction","entry":[
             {"fullUrl":"urn:uuid:7f0c1a52-0000-4000-8000-000000000001",
              "resource":{"resourceType":"Patient","name":[{"family":"Doe","given":["Jane"]}],"birthDate":"1980-02-03",
                "telecom":[{"system":"email","value":"jane@example.test"}],"address":[{"postalCode":"97403"}]},
              "request":{"method":"POST","url":"Patient"}},
             {"fullUrl":"urn:uuid:7f0c1a52-0000-4000-8000-000000000002",
              "resource":{"resourceType":"EpisodeOfCare","status":"active","type":[
                {"coding":[{"system":"https://referout.org/fhir/CodeSystem/complaints","code":"LOW_BACK_PAIN"}]},
                {"coding":[{"system":"https://referout.org/fhir/CodeSystem/measures","code":"NPRS"}]}],
                "patient":{"reference":"urn:uuid:7f0c1a52-0000-4000-8000-000000000001"},"period":{"start":"2026-01-05"}},
              "request":{"method":"POST","url":"EpisodeOfCare"}},
             {"fullUrl":"urn:uuid:7f0c1a52-0000-4000-8000-000000000003",
              "resource":{"resourceType":"Encounter","status":"finished",
                "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
                "subject":{"reference":"urn:uuid:7f0c1a52-0000-4000-8000-000000000001"},
                "episodeOfCare":[{"reference":"urn:uuid:7f0c1a52-0000-4000-8000-000000000002"}],
                "length":{"value":45,"unit":"min"}},
              "request":{"method":"POST","url":"Encounter"}},
             {"resource":{"resourceType":"Observation","status":"final",
                "code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
                "subject":{"reference":"urn:uuid:7f0c1a52-0000-4000-8000-000000000001"},
                "encounter":{"reference":"urn:uuid:7f0c1a52-0000-4000-8000-000000000003"},
                "effectiveDateTime":"2026-01-05","valueQuantity":{"value":7}},
              "request":{"method":"POST","url":"Observation"}},
             {"resource":{"resourceType":"Observation","status":"final",
                "code":{"coding":[{"system":"http://loinc.org","code":"91148-7"}]},
                "subject":{"reference":"urn:uuid:7f0c1a52-0000-4000-8000-000000000001"},
                "encounter":{"reference":"urn:uuid:7f0c1a52-0000-4000-8000-000000000003"},
                "effectiveDateTime":"2026-01-05","component":[
                  {"code":{"coding":[{"system":"http://loinc.org","code":"75893-8"}]},"valueQuantity":{"value":7}},
                  {"code":{"coding":[{"system":"http://loinc.org","code":"91145-3"}]},"valueQuantity":{"value":6}},
                  {"code":{"coding":[{"system":"http://loinc.org","code":"91146-1"}]},"valueQuantity":{"value":5}}]},
              "request":{"method":"POST","url":"Observation"}}]}""";

    /** FHIR's field names (and ReferOut's codes), so random objects reach the importer rather than the parser only. */
    static final List<String> KEYS = List.of("resourceType", "type", "entry", "fullUrl", "resource", "request",
            "method", "url", "name", "family", "given", "birthDate", "telecom", "address", "postalCode", "status",
            "coding", "system", "code", "patient", "reference", "period", "start", "end", "subject", "episodeOfCare",
            "length", "value", "unit", "encounter", "effectiveDateTime", "valueQuantity", "component", "id");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    JdbcClient jdbc;

    Team team;
    String token;

    @BeforeProperty
    void practice() {
        WebFuzz.inject(this);
        team = practices.newPractice("FhirFuzz");
        token = practices.token(team.therapist());
    }

    @Example
    void theUnmutatedBundleImports() {
        long before = WebFuzz.rows(jdbc, team.id());
        assertThat(WebFuzz.perform(mvc, transaction(BUNDLE)).getStatus()).isEqualTo(200);
        // client, episode, visit and two scores
        assertThat(WebFuzz.rows(jdbc, team.id())).isEqualTo(before + 5);
    }

    @Property(tries = 200)
    void mutatedBundles(@ForAll("mutatedBundle") String body) {
        WebFuzz.refusedStoresNothing(mvc, jdbc, team.id(), transaction(body));
    }

    @Property(tries = 50)
    void randomJson(@ForAll("randomJson") String body) {
        WebFuzz.refusedStoresNothing(mvc, jdbc, team.id(), transaction(body));
    }

    @Provide
    Arbitrary<String> mutatedBundle() {
        return JsonFuzz.mutated(BUNDLE, KEYS);
    }

    /** Random documents, some dressed as a Bundle so they get past the first check. */
    @Provide
    Arbitrary<String> randomJson() {
        return Arbitraries.oneOf(JsonFuzz.value(KEYS, 3).map(Object::toString),
                JsonFuzz.value(KEYS, 3).list().ofMaxSize(4).map(entries -> "{\"resourceType\":\"Bundle\","
                        + "\"type\":\"transaction\",\"entry\":" + entries + "}"));
    }

    private MockHttpServletRequestBuilder transaction(String body) {
        return post("/fhir").with(TestPractices.bearer(token)).contentType("application/fhir+json").content(body);
    }
}
