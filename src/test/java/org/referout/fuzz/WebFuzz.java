package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * What every web fuzz test checks: a bounded answer that is never 5xx (an unhandled exception reaches
 * MockMvc as a thrown exception, which fails the try too), and a refused request that leaves the
 * practice's rows as they were (Q: nothing partial).
 */
final class WebFuzz {

    /** The tables a client, episode or visit request can write to. */
    static final List<String> TABLES = List.of("client", "episode", "episode_psfs_activity", "visit",
            "visit_technique", "visit_score");

    private WebFuzz() {
    }

    /**
     * jqwik has no Spring extension here; Spring's own TestContextManager injects the fields and shares the
     * cached application context with the JUnit tests.
     */
    static void inject(Object test) {
        try {
            new TestContextManager(test.getClass()).prepareTestInstance(test);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static MockHttpServletResponse perform(MockMvc mvc, RequestBuilder request) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 499);
            return response;
        });
    }

    static long rows(JdbcClient jdbc, PracticeId practice) {
        long total = 0;
        for (String table : TABLES) {
            total += jdbc.sql("select count(*) from " + table + " where practice_id = ?")
                .param(practice.value()).query(Long.class).single();
        }
        return total;
    }

    /** Performs the request; when it is refused (4xx) nothing may have been stored. */
    static MockHttpServletResponse refusedStoresNothing(MockMvc mvc, JdbcClient jdbc, PracticeId practice,
            RequestBuilder request) {
        long before = rows(jdbc, practice);
        MockHttpServletResponse response = perform(mvc, request);
        if (response.getStatus() >= 400) {
            assertThat(rows(jdbc, practice)).as("rows after a refused request").isEqualTo(before);
        }
        return response;
    }
}
