package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Measure;
import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.Score;
import org.referout.episode.ScoreInput;
import org.referout.episode.Visit;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.CurrentPractice;
import org.referout.support.DatabaseTest;
import org.referout.support.MutableClock;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.BadRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 15 item 5: scores answered at home pre-fill the next visit (marked with the day, changeable), are stored as
 * that visit's scores and show on the episode page until then; a home answer's red flag counts for the client at
 * once; an intake's baseline is visit 1 of the episode it belongs to.
 */
@DatabaseTest
class HomeScoresReachTheRecordTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    Intakes intakes;
    @Autowired
    RedFlags redFlags;
    @Autowired
    Clients clients;
    @Autowired
    Episodes episodes;
    @Autowired
    MutableClock clock;

    final String address = "10.32." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
    Team team;
    CurrentPractice therapist;
    ClientId client;

    /** The clock is shared by every test class of this context: give the next one today back. */
    @org.junit.jupiter.api.AfterEach
    void giveTheClockBack() {
        clock.set(java.time.Instant.now());
    }

    @BeforeEach
    void client() {
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        team = practices.newPractice("Home");
        therapist = team.therapist().asCurrentPractice();
        client = clients.create(therapist, new ClientDetails("Ada", "Stone", null, null, null, null, null, null,
                null, "62701", null, true));
    }

    EpisodeId episodeWithAVisit(String complaint) {
        LocalDate start = LocalDate.now(clock).minusWeeks(1);
        EpisodeId episode = episodes.start(therapist, client, new EpisodeStart(complaint, false, List.of(),
                "Garden again", "NPRS", List.of("Garden"), start));
        episodes.recordVisit(therapist, episode, new VisitInput(start, 60, List.of("SWEDISH"), VisitNotes.NONE,
                List.of(new ScoreInput("NPRS", BigDecimal.valueOf(7), null),
                        new ScoreInput("PSFS", null, List.of(BigDecimal.valueOf(3))))));
        clock.advance(Duration.ofMinutes(5));
        return episode;
    }

    ResultActions answer(String token, int step, Map<String, String> answers) throws Exception {
        var params = new LinkedMultiValueMap<String, String>();
        answers.forEach(params::add);
        return mvc.perform(post("/intake/" + token + "/step/" + step).params(params).with(csrf())
            .with(request -> {
                request.setRemoteAddr(address);
                return request;
            }));
    }

    void answerBeforeVisit(EpisodeId episode, RedFlag... yes) throws Exception {
        String token = intakes.create(therapist, client, LinkKind.PRE_VISIT, episode).token();
        answer(token, 1, Map.of("nprs", "6", "peg1", "6", "peg2", "5", "peg3", "5", "rating1", "4"))
            .andExpect(status().is3xxRedirection());
        answer(token, 2, IntakeTests.health(yes)).andExpect(redirectedUrl("/intake/done"));
        clock.advance(Duration.ofMinutes(30));
    }

    static String checked(String name, int value) {
        return "(?s).*<input type=\"radio\" name=\"" + name + "\" id=\"" + name + "-" + value + "\" value=\"" + value
                + "\" checked=\"checked\">.*";
    }

    List<Visit> visits(EpisodeId episode) {
        return episodes.visits(therapist, episode);
    }

    @Test
    void beforeVisitScoresPreFillTheNextVisitAreStoredWithItAndShowOnTheEpisodePageUntilThen() throws Exception {
        EpisodeId episode = episodeWithAVisit("LOW_BACK_PAIN");
        answerBeforeVisit(episode);

        mvc.perform(get("/episodes/" + episode + "/visits/new").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The client answered the questions at home on")))
            .andExpect(content().string(containsString("Answered at home on\n    <span>2 Dec 2026</span>: <strong>6</strong>")))
            .andExpect(content().string(matchesPattern(checked("nprs", 6))))
            .andExpect(content().string(matchesPattern(checked("peg0", 6))))
            .andExpect(content().string(matchesPattern(checked("peg1", 5))))
            .andExpect(content().string(matchesPattern(checked("peg2", 5))))
            .andExpect(content().string(matchesPattern(checked("psfs0", 4))));
        mvc.perform(get("/episodes/" + episode).with(as(team.therapist())))
            .andExpect(content().string(containsString("Answered at home on <span>2 Dec 2026</span>")))
            .andExpect(content().string(containsString("Pain right now")))
            .andExpect(content().string(containsString("Garden")));
        // the red-flag page says it in the same plain words, no more "Pain now 6/10; PEG [6, 5, 5]"
        mvc.perform(get("/episodes/" + episode + "/red-flags").with(as(team.therapist())))
            .andExpect(content().string(containsString("Answered at home on <span>2 Dec 2026</span>")))
            .andExpect(content().string(not(containsString("PEG ["))))
            .andExpect(content().string(not(containsString("[6, 5, 5]"))));

        // The therapist keeps the home answers but the client says the pain is 5 today.
        mvc.perform(post("/episodes/" + episode + "/visits").with(as(team.therapist())).with(csrf())
                .param("date", LocalDate.now(clock).toString()).param("durationMinutes", "60")
                .param("techniques", "SWEDISH").param("nprs", "5").param("peg0", "6").param("peg1", "5")
                .param("peg2", "5").param("psfs0", "4"))
            .andExpect(status().is3xxRedirection());

        Visit second = visits(episode).get(1);
        assertThat(second.scores()).containsExactlyInAnyOrder(Score.single(Measure.NPRS, 5),
                Score.items(Measure.PEG, List.of(6, 5, 5)), Score.items(Measure.PSFS, List.of(4)));
        // used: the next visit form and the episode page no longer offer them
        mvc.perform(get("/episodes/" + episode + "/visits/new").with(as(team.therapist())))
            .andExpect(content().string(not(containsString("answered the questions at home"))))
            .andExpect(content().string(not(matchesPattern(checked("nprs", 6)))));
        mvc.perform(get("/episodes/" + episode).with(as(team.therapist())))
            .andExpect(content().string(not(containsString("Answered at home on"))));
    }

    @Test
    void aHomeAnswerWithANewRedFlagRaisesTheClientsFlagAtOnce() throws Exception {
        EpisodeId lowBack = episodeWithAVisit("LOW_BACK_PAIN");
        EpisodeId neck = episodeWithAVisit("NECK_PAIN");
        assertThat(redFlags.screen(team.id(), neck).positive()).isFalse();

        answerBeforeVisit(lowBack, RedFlag.SADDLE_NUMBNESS);

        for (EpisodeId episode : List.of(lowBack, neck)) {
            assertThat(redFlags.screen(team.id(), episode).level()).isEqualTo(Recommendation.REFER_EMERGENCY);
            assertThatThrownBy(() -> episodes.recordVisit(therapist, episode, new VisitInput(LocalDate.now(clock), 60,
                    List.of("SWEDISH"), VisitNotes.NONE, List.of())))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("overrideReason");
        }
        mvc.perform(get("/clients/" + client).with(as(team.therapist())))
            .andExpect(content().string(containsString("red-flags")));
        mvc.perform(get("/episodes/" + neck).with(as(team.therapist())))
            .andExpect(content().string(containsString("banner red-flags")));
    }

    @Test
    void anIntakesBaselineIsVisitOneOfTheNewEpisode() throws Exception {
        String token = intakes.create(therapist, client, LinkKind.INTAKE, null).token();
        answer(token, 1, IntakeTests.aboutYou());
        answer(token, 2, IntakeTests.problem());
        answer(token, 3, IntakeTests.health());
        answer(token, 4, IntakeTests.measures());
        answer(token, 5, IntakeTests.consent()).andExpect(redirectedUrl("/intake/done"));
        EpisodeId episode = intakes.links(therapist, client).get(0).episode();

        List<Visit> visits = visits(episode);
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).scores()).containsExactlyInAnyOrder(Score.single(Measure.NPRS, 7),
                Score.items(Measure.PEG, List.of(7, 6, 5)), Score.items(Measure.PSFS, List.of(3, 4)));
        // the baseline is visit 1, not an answer that waits for visit 2
        mvc.perform(get("/episodes/" + episode + "/visits/new").with(as(team.therapist())))
            .andExpect(content().string(containsString("Visit <span>2</span>")))
            .andExpect(content().string(not(containsString("answered the questions at home"))));
    }

    @Test
    void anIntakeForAChosenEpisodeWithoutVisitsIsItsVisitOne() throws Exception {
        EpisodeId episode = episodes.start(therapist, client, new EpisodeStart("SHOULDER", false, List.of(),
                "Reach the top shelf", "NPRS", List.of("Reach the top shelf"), LocalDate.now(clock)));
        String token = intakes.create(therapist, client, LinkKind.INTAKE, episode).token();
        answer(token, 1, IntakeTests.aboutYou());
        answer(token, 2, IntakeTests.health());
        answer(token, 3, Map.of("nprs", "6", "peg1", "6", "peg2", "5", "peg3", "5", "rating1", "2"));
        answer(token, 4, IntakeTests.consent()).andExpect(redirectedUrl("/intake/done"));

        assertThat(episodes.listForClient(therapist, client)).hasSize(1);
        List<Visit> visits = visits(episode);
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).scores()).containsExactlyInAnyOrder(Score.single(Measure.NPRS, 6),
                Score.items(Measure.PEG, List.of(6, 5, 5)), Score.items(Measure.PSFS, List.of(2)));
    }

    @Test
    void anIntakeForAChosenEpisodeWithVisitsWaitsForTheNextVisit() throws Exception {
        EpisodeId episode = episodeWithAVisit("LOW_BACK_PAIN");
        String token = intakes.create(therapist, client, LinkKind.INTAKE, episode).token();
        answer(token, 1, IntakeTests.aboutYou());
        answer(token, 2, IntakeTests.health());
        answer(token, 3, Map.of("nprs", "6", "peg1", "6", "peg2", "5", "peg3", "5", "rating1", "4"));
        answer(token, 4, IntakeTests.consent()).andExpect(redirectedUrl("/intake/done"));

        assertThat(episodes.listForClient(therapist, client)).hasSize(1);
        assertThat(visits(episode)).hasSize(1);
        mvc.perform(get("/episodes/" + episode + "/visits/new").with(as(team.therapist())))
            .andExpect(content().string(matchesPattern(checked("nprs", 6))))
            .andExpect(content().string(matchesPattern(checked("psfs0", 4))));
    }
}
