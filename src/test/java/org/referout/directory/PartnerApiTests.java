package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Partners CRUD through the API, on H2 and PostgreSQL; conflicts, isolation, bad input, partner ranking. */
@DatabaseTest
class PartnerApiTests {

    static final String CHIRO = """
            {"name":"Hudson Chiropractic","taxonomyCodes":"111N00000X","complaints":"LOW_BACK_PAIN, NECK_PAIN",
             "languages":"English, Spanish","acceptingNew":true,"zip":"10011","phone":"212-555-0101",
             "notes":"Dr. Lee sends a letter after the first visit","tags":"fast, reports back"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Directory directory;

    long create(String token, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/partners").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(body))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void createsReadsUpdatesAndDeletes() throws Exception {
        String token = practices.token(practices.newPractice("PartnerCrud").frontDesk());
        long id = create(token, CHIRO);

        mvc.perform(get("/api/v1/partners/" + id).with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("Hudson Chiropractic"))
            .andExpect(jsonPath("$.complaints[1]").value("NECK_PAIN"))
            .andExpect(jsonPath("$.languages[1]").value("Spanish"))
            .andExpect(jsonPath("$.latitude").isNumber())
            .andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/v1/partners/" + id).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(CHIRO.replace("Hudson", "Chelsea").replace("}", ",\"version\":0}")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("Chelsea Chiropractic"))
            .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/partners").with(bearer(token)))
            .andExpect(jsonPath("$.partners[0].id").value(id));
        mvc.perform(delete("/api/v1/partners/" + id).with(bearer(token))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/partners/" + id).with(bearer(token))).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIs409AndNothingChanges() throws Exception {
        String token = practices.token(practices.newPractice("PartnerConflict").owner());
        long id = create(token, CHIRO);
        String update = CHIRO.replace("}", ",\"version\":0}");
        mvc.perform(put("/api/v1/partners/" + id).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(update.replace("Hudson", "First"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/partners/" + id).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(update.replace("Hudson", "Second"))).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/partners/" + id).with(bearer(token)))
            .andExpect(jsonPath("$.name").value("First Chiropractic"));
    }

    @Test
    void anotherPracticesPartnerIsNotFound() throws Exception {
        String mine = practices.token(practices.newPractice("PartnerMine").owner());
        String theirs = practices.token(practices.newPractice("PartnerTheirs").owner());
        long id = create(mine, CHIRO);
        mvc.perform(get("/api/v1/partners/" + id).with(bearer(theirs))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/partners/" + id).with(bearer(theirs)).contentType(MediaType.APPLICATION_JSON)
                .content(CHIRO.replace("}", ",\"version\":0}"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/partners/" + id).with(bearer(theirs))).andExpect(status().isNotFound());
        Team other = practices.newPractice("PartnerPages");
        mvc.perform(get("/directory/partners/" + id).with(TestPractices.as(other.owner())))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/partners").with(bearer(theirs))).andExpect(jsonPath("$.partners").isEmpty());
    }

    @Test
    void badPartnerInputNamesTheField() throws Exception {
        String token = practices.token(practices.newPractice("PartnerBad").owner());
        for (var bad : List.of(List.of(CHIRO.replace("111N00000X", "999ZZ9999X"), "taxonomyCodes"),
                List.of(CHIRO.replace("LOW_BACK_PAIN", "BROKEN_HEART"), "complaints"),
                List.of(CHIRO.replace("10011", "1001"), "zip"),
                List.of(CHIRO.replace("Hudson Chiropractic", " "), "name"))) {
            mvc.perform(post("/api/v1/partners").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                    .content(bad.get(0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(bad.get(1)));
        }
    }

    @Test
    void badSearchInputNamesTheField() throws Exception {
        String token = practices.token(practices.newPractice("SearchBad").therapist());
        String[][] cases = {
            { "type=NOPE&near=10001", "type" },
            { "type=chiropractor&near=00000", "near" },
            { "type=chiropractor", "near" },
            { "type=chiropractor&near=10001&radiusKm=0", "radiusKm" },
            { "type=chiropractor&near=10001&radiusKm=-3", "radiusKm" },
            { "type=chiropractor&near=10001&radiusKm=100000", "radiusKm" },
            { "type=chiropractor&near=10001&radiusKm=far", "radiusKm" },
            { "near=10001", "type" },
            { "type=chiropractor&near=10001&limit=0", "limit" },
            { "type=chiropractor&near=10001&sort=price", "sort" },
            { "type=chiropractor&near=10001&complaint=BROKEN_HEART", "complaint" } };
        for (String[] c : cases) {
            mvc.perform(get("/api/v1/directory/search?" + c[0]).with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(c[1]));
        }
    }

    @Test
    void aPartnerRanksFirstAndTheExplanationSaysWhy() throws Exception {
        Path file = Files.createTempFile("nppes", ".csv");
        directory.generateNppes(file, 20_000, 0, 11);
        directory.importNppes(file, false, ImportProgress.Listener.NONE);
        String token = practices.token(practices.newPractice("PartnerRank").therapist());
        String url = "/api/v1/directory/search?type=chiropractor&near=10001&radiusKm=100&sort=rank&limit=10";
        String before = mvc.perform(get(url).with(bearer(token))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        List<Number> npis = JsonPath.read(before, "$.results[*].npi");
        assertThat(npis).hasSizeGreaterThan(1);
        // the second nearest: the partner weight (0.15) lifts it over the first; a far partner may stay below
        long last = npis.get(1).longValue();

        long id = create(token, "{\"npi\":" + last + ",\"name\":\"Our chiropractor\",\"notes\":\"Trusted\"}");

        mvc.perform(get(url).with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.results[0].npi").value(last))
            .andExpect(jsonPath("$.results[0].partnerId").value(id))
            .andExpect(jsonPath("$.results[0].explanation").value(containsString("one of your referral partners")))
            .andExpect(jsonPath("$.results[0].providerTypes[0]").value("Chiropractor"));
        // adding the same NPI twice is refused, naming the field
        mvc.perform(post("/api/v1/partners").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"npi\":" + last + ",\"name\":\"Again\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("npi"));
    }

    @Test
    void aPartnerAddedByHandIsMergedIntoTheResults() throws Exception {
        String token = practices.token(practices.newPractice("PartnerHand").therapist());
        long id = create(token, CHIRO);
        mvc.perform(get("/api/v1/directory/search?q=hudson&near=10001&radiusKm=25").with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.results[0].partnerId").value(id))
            .andExpect(jsonPath("$.results[0].npi").doesNotExist())
            .andExpect(jsonPath("$.results[0].explanation").value(containsString("referral partners")));
        mvc.perform(get("/api/v1/directory/search?type=chiropractor&near=10001&complaint=TMJ").with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.results[?(@.partnerId == " + id + ")]").isEmpty());
    }
}
