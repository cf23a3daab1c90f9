package org.referout.progress;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.referout.episode.EpisodeId;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The evaluation on the API: after a visit and on its own route, in R7.2's shape, and never across practices. */
@ReferOutTest
@Import(ProgressFixtures.class)
@Tag("slow")
class EvaluationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    ProgressFixtures fixtures;

    ResultActions visit(String token, EpisodeId episode, String date, int pain) throws Exception {
        return mvc.perform(post("/api/v1/episodes/" + episode.value() + "/visits").with(bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"date\":\"" + date + "\",\"durationMinutes\":60,\"techniques\":[\"SWEDISH\"],"
                    + "\"scores\":[{\"measure\":\"NPRS\",\"value\":" + pain + "}]}"));
    }

    @Test
    void recordingAVisitAnswersWithTheNewEvaluation() throws Exception {
        Team team = practices.newPractice("EvalVisit");
        String token = practices.token(team.therapist());
        var by = team.therapist().asCurrentPractice();
        EpisodeId episode = fixtures.lowBackPain(by, fixtures.client(by, "Ann", "Baker"));

        visit(token, episode, "2026-01-05", 5).andExpect(status().isCreated())
            .andExpect(jsonPath("$.evaluation.id").value(episode.value()))
            .andExpect(jsonPath("$.evaluation.status").value("INSUFFICIENT_DATA"))
            .andExpect(jsonPath("$.evaluation.reasons[0].code").value("BASELINE_ONLY"));
        // R2: Δ = 5 − 8 = −3 is a deterioration; R4.1 rule 2, once → REVIEW
        visit(token, episode, "2026-01-12", 8).andExpect(status().isCreated())
            .andExpect(jsonPath("$.id", notNullValue()))
            .andExpect(jsonPath("$.evaluation.status").value("DETERIORATING"))
            .andExpect(jsonPath("$.evaluation.recommendation").value("REVIEW"))
            .andExpect(jsonPath("$.evaluation.primaryMeasure").value("NPRS"))
            .andExpect(jsonPath("$.evaluation.baseline").value(5))
            .andExpect(jsonPath("$.evaluation.latest").value(8))
            .andExpect(jsonPath("$.evaluation.improvement").value(-3))
            .andExpect(jsonPath("$.evaluation.improvementPercent").value(-60.0))
            .andExpect(jsonPath("$.evaluation.importantImprovement").value(false))
            // R3: −3 / (1.02 · √2) = −2.08, reliable
            .andExpect(jsonPath("$.evaluation.rci").value(-2.08))
            .andExpect(jsonPath("$.evaluation.reliableChange").value(true))
            .andExpect(jsonPath("$.evaluation.boundSource", notNullValue()))
            .andExpect(jsonPath("$.evaluation.redFlagLevel").doesNotExist())
            .andExpect(jsonPath("$.evaluation.reasons[0].code").value("DETERIORATED"))
            .andExpect(jsonPath("$.evaluation.reasons[0].text", notNullValue()))
            .andExpect(jsonPath("$.evaluation.providerTypes", notNullValue()));
    }

    @Test
    void theEvaluationRouteHasEveryFieldOfR72() throws Exception {
        Team team = practices.newPractice("EvalGet");
        var by = team.therapist().asCurrentPractice();
        EpisodeId episode = fixtures.episodeWithPain(by, fixtures.client(by, "Bo", "Chen"), 5, 8, 9);

        mvc.perform(get("/api/v1/episodes/" + episode.value() + "/evaluation").with(bearer(practices.token(team.owner()))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(episode.value()))
            .andExpect(jsonPath("$.status").value("DETERIORATING"))
            // R4.1 rule 2: Δ = −4 ≤ 2 × −2 → REFER; R6: the complaint's row, physician first
            .andExpect(jsonPath("$.recommendation").value("REFER"))
            .andExpect(jsonPath("$.lowerBound").hasJsonPath())
            .andExpect(jsonPath("$.redFlagLevel").hasJsonPath())
            .andExpect(jsonPath("$.reasons", hasSize(1)))
            .andExpect(jsonPath("$.providerTypes[0]").value("207Q00000X"));
    }

    @Test
    void anotherPracticeFrontDeskAndAnEpisodeWithoutScoresGet404() throws Exception {
        Team mine = practices.newPractice("EvalMine");
        Team theirs = practices.newPractice("EvalTheirs");
        var by = mine.therapist().asCurrentPractice();
        EpisodeId episode = fixtures.episodeWithPain(by, fixtures.client(by, "Cy", "Dunn"), 6, 5);
        EpisodeId empty = fixtures.lowBackPain(by, fixtures.client(by, "Di", "Eve"));
        String url = "/api/v1/episodes/" + episode.value() + "/evaluation";

        mvc.perform(get(url).with(bearer(practices.token(mine.therapist())))).andExpect(status().isOk());
        mvc.perform(get(url).with(bearer(practices.token(theirs.owner())))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(bearer(practices.token(mine.frontDesk())))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/episodes/" + empty.value() + "/evaluation")
            .with(bearer(practices.token(mine.therapist())))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/episodes/999999/evaluation")
            .with(bearer(practices.token(mine.therapist())))).andExpect(status().isNotFound());
    }
}
