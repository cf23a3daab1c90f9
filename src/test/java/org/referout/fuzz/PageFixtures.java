package org.referout.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.referout.support.TestPractices;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** A client, an episode and a visit made through the API, for tests that fuzz what comes after them. */
final class PageFixtures {

    private PageFixtures() {
    }

    static long client(MockMvc mvc, String token) {
        return id(mvc, token, "/api/v1/clients", ApiBodyFuzzTests.CLIENT);
    }

    static long episode(MockMvc mvc, String token, long client) {
        return id(mvc, token, "/api/v1/clients/" + client + "/episodes", ApiBodyFuzzTests.EPISODE);
    }

    static long visit(MockMvc mvc, String token, long episode) {
        return id(mvc, token, "/api/v1/episodes/" + episode + "/visits", ApiBodyFuzzTests.VISIT);
    }

    private static long id(MockMvc mvc, String token, String path, String body) {
        String json = null;
        try {
            json = mvc.perform(post(path).with(TestPractices.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
            return ((Number) JsonPath.read(json, "$.id")).longValue();
        } catch (Exception e) {
            throw new IllegalStateException(path + " did not give an id: " + json, e);
        }
    }
}
