package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.oneOf;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.micrometer.core.instrument.MeterRegistry;

/** C9: probes open to the orchestrator, metrics only for signed-in users, latency histograms, ReferOut's own meters. */
@ReferOutTest
class MetricsEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    MeterRegistry meters;

    @Test
    void readinessIsUpForAnyoneWhileMetricsNeedASignIn() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        // Anonymous: 401 for a program, or the redirect to the sign-in page; never the metrics.
        mvc.perform(get("/actuator/metrics")).andExpect(status().is(oneOf(401, 302)));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is(oneOf(401, 302)));

        Team team = practices.newPractice("Metrics");
        mvc.perform(get("/actuator/metrics").with(as(team.owner()))).andExpect(status().isOk())
            .andExpect(jsonPath("$.names").isArray());
    }

    @Test
    void prometheusShowsRequestLatencyBuckets() throws Exception {
        Team team = practices.newPractice("Prometheus");
        mvc.perform(get("/api/v1/clients").with(bearer(practices.token(team.owner())))).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus").with(as(team.owner()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("http_server_requests_seconds_bucket")));
    }

    @Test
    void aRecordedVisitCountsOnceAndARefusedOneNotAtAllAndEvaluationsAreTimed() throws Exception {
        Team team = practices.newPractice("VisitMeter");
        String token = practices.token(team.therapist());
        long client = id(post(token, "/api/v1/clients", "{\"firstName\":\"Ann\",\"lastName\":\"Lee\"}"));
        long episode = id(post(token, "/api/v1/clients/" + client + "/episodes", """
                {"complaint":"NECK_PAIN","chronic":false,"primaryMeasure":"NPRS","startDate":"2026-01-05"}"""));
        double before = visitsRecorded();

        post(token, "/api/v1/episodes/" + episode + "/visits", """
                {"date":"2026-01-05","durationMinutes":60,"scores":[{"measure":"NPRS","value":7}]}""");
        post(token, "/api/v1/episodes/" + episode + "/visits", "{\"durationMinutes\":-5}");

        assertThat(visitsRecorded()).isEqualTo(before + 1);
        long evaluated = meters.get("referout.evaluations").timer().count();
        mvc.perform(get("/api/v1/episodes/" + episode + "/evaluation").with(bearer(token))).andExpect(status().isOk());
        assertThat(meters.get("referout.evaluations").timer().count()).isGreaterThan(evaluated);
        mvc.perform(get("/actuator/metrics/referout.visits.recorded").with(as(team.owner())))
            .andExpect(status().isOk()).andExpect(jsonPath("$.measurements[0].value").isNumber());
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
