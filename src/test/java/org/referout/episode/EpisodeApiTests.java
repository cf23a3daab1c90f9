package org.referout.episode;

import static org.hamcrest.Matchers.hasSize;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@ReferOutTest
class EpisodeApiTests {

    static final String EPISODE = """
            {"complaint":"LOW_BACK_PAIN","chronic":true,"primaryMeasure":"NPRS",
             "psfsActivities":["Lift my toddler","Sit through a film","Garden"],"startDate":"2026-01-05"}""";

    static final String VISIT = """
            {"date":"2026-01-05","durationMinutes":60,"techniques":["DEEP_TISSUE"],"notes":"Sore after gardening",
             "scores":[{"measure":"NPRS","value":7},{"measure":"PSFS","items":[3,4,2]}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    ResultActions post(String token, String url, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
            .with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    long client(String token) throws Exception {
        return id(post(token, "/api/v1/clients", "{\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"zip\":\"62701\"}")
            .andExpect(status().isCreated()));
    }

    long episode(String token) throws Exception {
        return id(post(token, "/api/v1/clients/" + client(token) + "/episodes", EPISODE).andExpect(status().isCreated()));
    }

    @Test
    void startsAnEpisodeRecordsVisitsAndShowsThemWithScores() throws Exception {
        String token = practices.token(practices.newPractice("EpApi").therapist());
        long client = client(token);
        long episode = id(post(token, "/api/v1/clients/" + client + "/episodes", EPISODE)
            .andExpect(status().isCreated()));

        long visit = id(post(token, "/api/v1/episodes/" + episode + "/visits", VISIT)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.episodeId").value(episode)));
        post(token, "/api/v1/episodes/" + episode + "/visits", """
                {"date":"2026-01-12","durationMinutes":45,"techniques":[],"notes":{"plan":"Twice a week"},
                 "scores":[{"measure":"NPRS","value":6},{"measure":"GROC","value":2}]}""")
            .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/episodes/" + episode).with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.complaint").value("LOW_BACK_PAIN"))
            .andExpect(jsonPath("$.psfsActivities", hasSize(3)))
            .andExpect(jsonPath("$.visits", hasSize(2)))
            .andExpect(jsonPath("$.visits[0].id").value(visit))
            .andExpect(jsonPath("$.visits[0].notes.subjective").value("Sore after gardening"))
            .andExpect(jsonPath("$.visits[0].scores[0].measure").value("NPRS"))
            .andExpect(jsonPath("$.visits[0].scores[0].value").value(7))
            .andExpect(jsonPath("$.visits[0].scores[1].items[2]").value(2))
            .andExpect(jsonPath("$.visits[0].scores[1].score").value(3.0))
            .andExpect(jsonPath("$.visits[1].notes.plan").value("Twice a week"))
            .andExpect(jsonPath("$.visits[1].scores[1].measure").value("GROC"));
        mvc.perform(get("/api/v1/clients/" + client).with(bearer(token)))
            .andExpect(jsonPath("$.episodes[0].id").value(episode))
            .andExpect(jsonPath("$.episodes[0].status").value("ACTIVE"));
    }

    @Test
    void badScoresNameTheFieldAndStoreNothing() throws Exception {
        String token = practices.token(practices.newPractice("EpApiBad").therapist());
        long episode = episode(token);

        post(token, "/api/v1/episodes/" + episode + "/visits", VISIT.replace("\"value\":7", "\"value\":11"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("scores[0].value"))
            .andExpect(jsonPath("$.errors[0].message").value("11 is outside 0..10 for NPRS"));
        post(token, "/api/v1/episodes/" + episode + "/visits", VISIT.replace("[3,4,2]", "[3,4]"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("scores[1].items"));
        post(token, "/api/v1/episodes/" + episode + "/visits", VISIT.replace("\"value\":7", "\"value\":\"seven\""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("scores[0].value"));
        post(token, "/api/v1/episodes/" + episode + "/visits", VISIT.replace("\"durationMinutes\":60,", ""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
        post(token, "/api/v1/episodes/" + episode + "/visits",
                VISIT.replace("Sore after gardening", "x".repeat(4001)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("notes.subjective"));
        post(token, "/api/v1/episodes/" + episode + "/visits", VISIT.replace("\"NPRS\",\"value\":7",
                "\"GROC\",\"value\":3"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("scores[0].measure"));
        mvc.perform(get("/api/v1/episodes/" + episode).with(bearer(token)))
            .andExpect(jsonPath("$.visits", hasSize(0)));
    }

    @Test
    void badEpisodeNamesTheFields() throws Exception {
        String token = practices.token(practices.newPractice("EpApiBadStart").therapist());
        long client = client(token);

        post(token, "/api/v1/clients/" + client + "/episodes", "{\"complaint\":\"BACK\",\"chronic\":\"often\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("chronic"));
        post(token, "/api/v1/clients/" + client + "/episodes", "{\"complaint\":\"BACK\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("complaint"))
            .andExpect(jsonPath("$.errors[1].field").value("primaryMeasure"));
        mvc.perform(get("/api/v1/clients/" + client).with(bearer(token)))
            .andExpect(jsonPath("$.episodes", hasSize(0)));
    }

    @Test
    void otherPracticesAndFrontDeskGet404() throws Exception {
        Team team = practices.newPractice("EpApiDesk");
        String therapist = practices.token(team.therapist());
        String desk = practices.token(team.frontDesk());
        String stranger = practices.token(practices.newPractice("EpApiStranger").owner());
        long episode = episode(therapist);

        for (String token : new String[] { desk, stranger }) {
            mvc.perform(get("/api/v1/episodes/" + episode).with(bearer(token))).andExpect(status().isNotFound());
            post(token, "/api/v1/episodes/" + episode + "/visits", VISIT).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/episodes/" + episode).with(bearer(therapist)))
            .andExpect(jsonPath("$.visits", hasSize(0)));
    }

    @Test
    void closingAndNotesUseVersions() throws Exception {
        String token = practices.token(practices.newPractice("EpApiClose").therapist());
        long episode = episode(token);
        long visit = id(post(token, "/api/v1/episodes/" + episode + "/visits", VISIT).andExpect(status().isCreated()));

        mvc.perform(put("/api/v1/visits/" + visit + "/notes").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"assessment\":\"Better\",\"version\":0}"))
            .andExpect(status().isOk());
        mvc.perform(put("/api/v1/visits/" + visit + "/notes").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"assessment\":\"Lost\",\"version\":0}"))
            .andExpect(status().isConflict());
        post(token, "/api/v1/episodes/" + episode + "/close", "{\"reason\":\"GOALS_MET\",\"version\":0}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("DISCHARGED"));
        post(token, "/api/v1/episodes/" + episode + "/close", "{\"reason\":\"GOALS_MET\",\"version\":0}")
            .andExpect(status().isConflict());
    }
}
