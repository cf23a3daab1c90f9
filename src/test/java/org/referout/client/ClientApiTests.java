package org.referout.client;

import static org.hamcrest.Matchers.hasSize;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

@ReferOutTest
class ClientApiTests {

    static final String JANE = """
            {"firstName":"Jane","lastName":"Doe","dateOfBirth":"1980-05-17","email":"jane@example.test",
             "phone":"555-123-4567","zip":"62701"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    long create(String token, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/clients").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").isNumber())
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void createsReadsAndSearches() throws Exception {
        String token = practices.token(practices.newPractice("ApiCreate").therapist());
        long id = create(token, JANE);

        mvc.perform(get("/api/v1/clients/" + id).with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(id))
            .andExpect(jsonPath("$.firstName").value("Jane"))
            .andExpect(jsonPath("$.dateOfBirth").value("1980-05-17"))
            .andExpect(jsonPath("$.version").value(0))
            .andExpect(jsonPath("$.episodes", hasSize(0)));
        mvc.perform(get("/api/v1/clients").param("query", "doe").with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.clients[0].id").value(id))
            .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void staleVersionIs409AndNothingChanges() throws Exception {
        Team team = practices.newPractice("ApiConflict");
        String owner = practices.token(team.owner());
        String desk = practices.token(team.frontDesk());
        long id = create(owner, JANE);
        String update = JANE.replace("\"Jane\"", "\"Janet\"").replace("}", ",\"version\":0}");

        mvc.perform(put("/api/v1/clients/" + id).with(bearer(owner)).contentType(MediaType.APPLICATION_JSON)
                .content(update))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/clients/" + id).with(bearer(desk)).contentType(MediaType.APPLICATION_JSON)
                .content(update.replace("Janet", "Jo")))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/clients/" + id).with(bearer(owner)))
            .andExpect(jsonPath("$.firstName").value("Janet"));
    }

    @Test
    void badInputNamesTheFieldsAndStoresNothing() throws Exception {
        String token = practices.token(practices.newPractice("ApiBad").owner());

        mvc.perform(post("/api/v1/clients").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lastName\":\"" + "x".repeat(101) + "\",\"email\":\"nope\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("firstName"))
            .andExpect(jsonPath("$.errors[0].message").value("is required"))
            .andExpect(jsonPath("$.errors[1].field").value("lastName"))
            .andExpect(jsonPath("$.errors[2].field").value("email"));
        mvc.perform(post("/api/v1/clients").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(JANE.replace("\"1980-05-17\"", "\"17/05/1980\"")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        mvc.perform(post("/api/v1/clients").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstName\":"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(put("/api/v1/clients/1").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(JANE))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/clients").with(bearer(token)))
            .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anotherPracticesClientIs404() throws Exception {
        String mine = practices.token(practices.newPractice("ApiMine").owner());
        String theirs = practices.token(practices.newPractice("ApiTheirs").owner());
        long id = create(theirs, JANE);

        mvc.perform(get("/api/v1/clients/" + id).with(bearer(mine))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/clients/" + id).with(bearer(mine)).contentType(MediaType.APPLICATION_JSON)
                .content(JANE.replace("}", ",\"version\":0}")))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clients/999999999").with(bearer(mine))).andExpect(status().isNotFound());
    }
}
