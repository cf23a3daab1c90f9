package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.referout.support.ReferOutTest;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import io.micrometer.core.instrument.MeterRegistry;

/** C9: probes open to the orchestrator, metrics only for the operator's token, latency histograms, ReferOut's own meters. */
@ReferOutTest
class MetricsEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    MeterRegistry meters;

    @Test
    void readinessIsUpForAnyoneWhileMetricsAreForTheOperatorsTokenOnly() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        Team team = practices.newPractice("Metrics");
        // metrics count across all practices: no practice's user sees them, signed in or with an API token
        for (String path : new String[] { "/actuator/metrics", "/actuator/prometheus", "/actuator/metrics/referout.referrals" }) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(as(team.owner()))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(bearer(practices.token(team.owner())))).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(bearer(TestDatabase.METRICS_TOKEN + "x"))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/actuator/metrics").with(operator())).andExpect(status().isOk())
            .andExpect(jsonPath("$.names").isArray());
    }

    private static RequestPostProcessor operator() {
        return bearer(TestDatabase.METRICS_TOKEN);
    }

    @Test
    void prometheusShowsRequestLatencyBuckets() throws Exception {
        Team team = practices.newPractice("Prometheus");
        mvc.perform(get("/api/v1/clients").with(bearer(practices.token(team.owner())))).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus").with(operator())).andExpect(status().isOk())
            .andExpect(content().string(containsString("http_server_requests_seconds_bucket")));
    }

    @Test
    void aRecordedVisitCountsOnceAndARefusedOneNotAtAllAndEvaluationsAreTimed() throws Exception {
        Team team = practices.newPractice("VisitMeter");
        String token = practices.token(team.therapist());
        long episode = neckEpisode(token);
        double before = visitsRecorded();

        post(token, "/api/v1/episodes/" + episode + "/visits", """
                {"date":"2026-01-05","durationMinutes":60,"scores":[{"measure":"NPRS","value":7}]}""");
        post(token, "/api/v1/episodes/" + episode + "/visits", "{\"durationMinutes\":-5}");

        assertThat(visitsRecorded()).isEqualTo(before + 1);
        long evaluated = meters.get("referout.evaluations").timer().count();
        mvc.perform(get("/api/v1/episodes/" + episode + "/evaluation").with(bearer(token))).andExpect(status().isOk());
        assertThat(meters.get("referout.evaluations").timer().count()).isGreaterThan(evaluated);
        mvc.perform(get("/actuator/metrics/referout.visits.recorded").with(operator()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.measurements[0].value").isNumber());
    }

    @Test
    void referralsAreGaugedByStateAndNppesRowsByOutcome() throws Exception {
        Team team = practices.newPractice("ReferralMeter");
        String token = practices.token(team.therapist());
        long episode = neckEpisode(token);
        long recipient = id(post(token, "/api/v1/recipients", """
                {"name":"Dr Gauge","providerType":"Chiropractor","email":"gauge@chiro.test"}"""));
        double drafts = referrals("DRAFT");

        post(token, "/api/v1/referrals", "{\"episodeId\":" + episode + ",\"urgency\":\"ROUTINE\","
                + "\"reason\":\"Neck pain unchanged\",\"recipients\":[" + recipient + "]}");

        // the gauge reads the database at most once a second
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> referrals("DRAFT") == drafts + 1);
        mvc.perform(get("/actuator/metrics/referout.referrals").param("tag", "state:DRAFT").with(operator()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.measurements[0].value").value(drafts + 1));
        mvc.perform(get("/actuator/metrics/referout.referrals").with(operator())).andExpect(status().isOk())
            .andExpect(jsonPath("$.availableTags[0].tag").value("state"))
            .andExpect(jsonPath("$.availableTags[0].values", hasItems("DRAFT", "SENT", "CLOSED", "CANCELLED")));
        // counted by the importer (NppesImportTests); listed with its outcomes before any import
        mvc.perform(get("/actuator/metrics/referout.nppes.rows").with(operator())).andExpect(status().isOk())
            .andExpect(jsonPath("$.availableTags[0].tag").value("outcome"))
            .andExpect(jsonPath("$.availableTags[0].values",
                    containsInAnyOrder("imported", "updated", "deactivated", "rejected")));
    }

    private double referrals(String state) {
        return meters.get("referout.referrals").tag("state", state).gauge().value();
    }

    /** A new client's NPRS neck-pain episode, through the API. */
    private long neckEpisode(String token) throws Exception {
        long client = id(post(token, "/api/v1/clients", "{\"firstName\":\"Ann\",\"lastName\":\"Lee\"}"));
        return id(post(token, "/api/v1/clients/" + client + "/episodes", """
                {"complaint":"NECK_PAIN","chronic":false,"primaryMeasure":"NPRS","startDate":"2026-01-05"}"""));
    }

    private double visitsRecorded() {
        return meters.get("referout.visits.recorded").counter().count();
    }

    private String post(String token, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse()
            .getContentAsString();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
