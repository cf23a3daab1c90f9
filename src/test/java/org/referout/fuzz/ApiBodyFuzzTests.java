package org.referout.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Q on the REST API: random and mutated client, episode and visit bodies get 2xx or 4xx, and a 4xx stores nothing. */
@ReferOutTest
@Tag("slow")
class ApiBodyFuzzTests {

    static final String CLIENT = """
            {"firstName":"Jane","lastName":"Doe","dateOfBirth":"1980-02-03","email":"jane@example.test",
             "phone":"555-0100","addressLine1":"1 Main St","addressLine2":"Apt 2","city":"Springfield","state":"IL",
             "zip":"62701","preferredLanguage":"en","treatmentConsent":true}""";

    static final String EPISODE = """
            {"complaint":"LOW_BACK_PAIN","chronic":true,"primaryMeasure":"NPRS","bodyRegions":["LOW_BACK"],
             "goals":"Garden again","psfsActivities":["Lift my toddler","Sit through a film","Garden"],
             "startDate":"2026-01-05"}""";

    static final String VISIT = """
            {"date":"2026-01-05","durationMinutes":60,"techniques":["DEEP_TISSUE"],
             "notes":{"subjective":"Sore","objective":"Tight","assessment":"Better","plan":"Weekly"},"homework":"Walk",
             "scores":[{"measure":"NPRS","value":7},{"measure":"PSFS","items":[3,4,2]}]}""";

    static final List<String> KEYS = List.of("firstName", "lastName", "dateOfBirth", "email", "phone",
            "addressLine1", "addressLine2", "city", "state", "zip", "preferredLanguage", "treatmentConsent", "version",
            "complaint", "chronic", "primaryMeasure", "bodyRegions", "goals", "psfsActivities", "startDate", "date",
            "durationMinutes", "techniques", "notes", "subjective", "objective", "assessment", "plan", "homework",
            "scores", "measure", "value", "items", "reason");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    JdbcClient jdbc;

    Team team;
    String token;
    long client;
    long episode;

    @BeforeProperty
    void practiceWithAnEpisode() throws Exception {
        WebFuzz.inject(this);
        team = practices.newPractice("Fuzz");
        token = practices.token(team.therapist());
        client = id(post("/api/v1/clients", CLIENT));
        episode = id(post("/api/v1/clients/" + client + "/episodes", EPISODE));
    }

    @Property(tries = 150)
    void clientBodies(@ForAll("clientBody") String body) {
        send(json(HttpMethod.POST, "/api/v1/clients", body));
    }

    @Property(tries = 100)
    void clientUpdates(@ForAll("clientBody") String body) {
        send(json(HttpMethod.PUT, "/api/v1/clients/" + client, body));
    }

    @Property(tries = 150)
    void episodeBodies(@ForAll("episodeBody") String body) {
        send(json(HttpMethod.POST, "/api/v1/clients/" + client + "/episodes", body));
    }

    @Property(tries = 150)
    void visitBodies(@ForAll("visitBody") String body) {
        send(json(HttpMethod.POST, "/api/v1/episodes/" + episode + "/visits", body));
    }

    /** Wrong methods, odd ids and media types: routing and conversion errors are 4xx too. */
    @Property(tries = 100)
    void methodsPathsAndMediaTypes(@ForAll("method") HttpMethod method, @ForAll("path") String path,
            @ForAll("mediaType") String mediaType, @ForAll("anyBody") String body) {
        send(request(method, path).with(TestPractices.bearer(token)).contentType(mediaType).content(body));
    }

    @Provide
    Arbitrary<String> clientBody() {
        return body(CLIENT);
    }

    @Provide
    Arbitrary<String> episodeBody() {
        return body(EPISODE);
    }

    @Provide
    Arbitrary<String> visitBody() {
        return body(VISIT);
    }

    @Provide
    Arbitrary<String> anyBody() {
        return Arbitraries.oneOf(body(CLIENT), body(VISIT), Arbitraries.strings().all().ofMaxLength(100));
    }

    @Provide
    Arbitrary<HttpMethod> method() {
        return Arbitraries.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH);
    }

    @Provide
    Arbitrary<String> path() {
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("1", "0", "-1", "99999999999999999999", "abc", "%20",
                "1.5", "" + Long.MAX_VALUE), Arbitraries.strings().alpha().numeric().ofMaxLength(6));
        return Arbitraries.oneOf(
                id.map(i -> "/api/v1/clients/" + i), id.map(i -> "/api/v1/clients/" + i + "/episodes"),
                id.map(i -> "/api/v1/episodes/" + i), id.map(i -> "/api/v1/episodes/" + i + "/visits"),
                id.map(i -> "/api/v1/episodes/" + i + "/close"), id.map(i -> "/api/v1/visits/" + i + "/notes"),
                Arbitraries.of("/api/v1/clients", "/api/v1/clients?page=-1&size=0", "/api/v1/clients?size=x",
                        "/api/v1/clients?page=99999999999", "/api/v1/clients?query=%25"));
    }

    @Provide
    Arbitrary<String> mediaType() {
        return Arbitraries.of("application/json", "text/plain", "application/xml", "multipart/form-data",
                "application/x-www-form-urlencoded", "application/json;charset=ISO-8859-1");
    }

    /** Mostly mutated valid bodies (they get past the first check), some random JSON documents. */
    private static Arbitrary<String> body(String valid) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, JsonFuzz.mutated(valid, KEYS)),
                net.jqwik.api.Tuple.of(1, JsonFuzz.value(KEYS, 3).map(Object::toString)));
    }

    private MockHttpServletRequestBuilder json(HttpMethod method, String path, String body) {
        return request(method, path).with(TestPractices.bearer(token)).contentType(MediaType.APPLICATION_JSON)
            .content(body);
    }

    private void send(MockHttpServletRequestBuilder request) {
        WebFuzz.refusedStoresNothing(mvc, jdbc, team.id(), request);
    }

    private String post(String path, String body) throws Exception {
        return mvc.perform(json(HttpMethod.POST, path, body)).andReturn().getResponse().getContentAsString();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
