package org.referout.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.referout.support.TestPractices.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.referout.client.Clients;
import org.referout.episode.DischargeReason;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's numbers against a practice whose counts are known by construction (NPRS, weekly visits):
 * <ul>
 * <li>neck pain, 12 episodes: 6 recovered (8 → 1), 2 improving (8 → 5), 4 unchanged (8, 8, 8, 8: PLATEAU), two of
 * which are closed as referred out;</li>
 * <li>low back pain, 3 episodes (too few to say): 1 getting worse (5 → 8), 1 on track (8 → 7), 1 baseline only;</li>
 * <li>one episode before the period, and one in another practice: neither counts.</li>
 * </ul>
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsTests {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Insights insights;

    @Autowired
    Clients clients;

    @Autowired
    Episodes episodes;

    Team team;

    @BeforeAll
    void buildThePractice() {
        team = practices.newPractice("Caseload");
        CaseloadFixture fixture = new CaseloadFixture(clients, episodes);
        LocalDate start = LocalDate.of(2025, 2, 3);
        for (int i = 0; i < 6; i++) {
            fixture.episode(team.therapist(), "NECK_PAIN", start.plusDays(i), List.of("SWEDISH", "TRIGGER_POINT"), 8, 1);
        }
        for (int i = 0; i < 2; i++) {
            fixture.episode(team.therapist(), "NECK_PAIN", start.plusDays(10 + i), List.of("SWEDISH"), 8, 5);
        }
        for (int i = 0; i < 4; i++) {
            EpisodeId id = fixture.episode(team.therapist(), "NECK_PAIN", start.plusDays(20 + i), List.of("DEEP_TISSUE"),
                    8, 8, 8, 8);
            if (i < 2) {
                fixture.close(team.therapist(), id, DischargeReason.REFERRED_OUT);
            }
        }
        fixture.episode(team.therapist(), "LOW_BACK_PAIN", start.plusDays(30), List.of("DEEP_TISSUE"), 5, 8);
        fixture.episode(team.owner(), "LOW_BACK_PAIN", start.plusDays(31), List.of("SWEDISH"), 8, 7);
        fixture.episode(team.owner(), "LOW_BACK_PAIN", start.plusDays(32), List.of(), 8);
        fixture.episode(team.therapist(), "NECK_PAIN", LocalDate.of(2024, 6, 1), List.of("SWEDISH"), 8, 1);
        Team other = practices.newPractice("Other caseload");
        fixture.episode(other.therapist(), "NECK_PAIN", start, List.of("SWEDISH"), 8, 1);
    }

    @Test
    void practiceNumbersAreTheConstructedCounts() {
        Caseload caseload = insights.caseload(team.owner().asCurrentPractice(), FROM, TO, Optional.empty());
        assertThat(caseload.episodes()).isEqualTo(15);
        assertThat(caseload.statuses()).extracting(Caseload.Count::code, Caseload.Count::episodes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INSUFFICIENT_DATA", 1), org.assertj.core.groups.Tuple.tuple("ON_TRACK", 1),
                org.assertj.core.groups.Tuple.tuple("IMPROVING", 2), org.assertj.core.groups.Tuple.tuple("RECOVERED", 6),
                org.assertj.core.groups.Tuple.tuple("PLATEAU", 4), org.assertj.core.groups.Tuple.tuple("NOT_ON_TRACK", 0),
                org.assertj.core.groups.Tuple.tuple("DETERIORATING", 1));
        assertThat(caseload.lifecycle()).extracting(Caseload.Count::episodes).containsExactly(13, 0, 2);
        GroupOutcome overall = caseload.overall();
        assertThat(overall.evaluated()).isEqualTo(14);
        assertShare(overall.improvement(), 8, 14);
        assertShare(overall.recovered(), 6, 14);
        assertShare(overall.notImproving(), 5, 14);
        assertShare(overall.referredOut(), 2, 15);
        assertThat(overall.medianVisitsToImprovement()).contains(2.0);
        assertThat(overall.improvement().interval().low()).isCloseTo(0.3259, within(0.0001));
        assertThat(overall.improvement().interval().high()).isCloseTo(0.7862, within(0.0001));
    }

    @Test
    void groupsUnderTenAreTooFewToSay() {
        Caseload caseload = insights.caseload(team.owner().asCurrentPractice(), FROM, TO, Optional.empty());
        GroupOutcome neck = caseload.byComplaint().stream().filter(g -> g.label().equals("Neck pain")).findFirst()
            .orElseThrow();
        assertShare(neck.improvement(), 8, 12);
        assertThat(neck.improvement().text()).isEqualTo("8 of 12 (67 %, 95 % CI 39–86 %)");
        assertShare(neck.referredOut(), 2, 12);
        GroupOutcome back = caseload.byComplaint().stream().filter(g -> g.label().equals("Low back pain")).findFirst()
            .orElseThrow();
        assertThat(back.tooFew()).isTrue();
        assertThat(back.improvement().text()).isEqualTo("0 of 2: too few to say");
        GroupOutcome swedish = caseload.byTechnique().stream().filter(g -> g.label().equals("Swedish")).findFirst()
            .orElseThrow();
        assertThat(swedish.episodes()).isEqualTo(9);
        assertShare(swedish.improvement(), 8, 9);
        assertThat(swedish.tooFew()).isTrue();
    }

    @Test
    void oneTherapistAndTheirTimelyReferralMeasure() {
        var therapist = team.therapist().asCurrentPractice();
        Caseload caseload = insights.caseload(therapist, FROM, TO, Optional.of(team.therapist().id()));
        assertThat(caseload.episodes()).isEqualTo(13);
        // The four unchanged episodes went off track at visit 3: two were referred out, two are still in the window;
        // the one getting worse went off track at visit 2 and is still in its window.
        assertShare(caseload.timely().share(), 2, 2);
        assertThat(caseload.timely().pending()).isEqualTo(3);
        assertThat(caseload.timely().missed()).isEmpty();
        assertShare(caseload.perspective().nonResponse(), 5, 13);
    }

    @Test
    void frontDeskGets404AndATherapistCannotPickAColleague() throws Exception {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> insights
            .caseload(team.therapist().asCurrentPractice(), FROM, TO, Optional.of(team.owner().id())));
        mvc.perform(get("/insights").with(as(team.frontDesk()))).andExpect(status().isNotFound());
        mvc.perform(get("/insights").param("therapist", String.valueOf(team.owner().id().value()))
                .with(as(team.therapist())))
            .andExpect(status().isNotFound());
    }

    @Test
    void theDashboardPageShowsCountsIntervalsAndThePerspective() throws Exception {
        mvc.perform(get("/insights").param("from", FROM.toString()).param("to", TO.toString())
                .param("therapist", "practice").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("8 of 12 (67 %, 95 % CI 39–86 %)")))
            .andExpect(content().string(containsString("0 of 2: too few to say")))
            .andExpect(content().string(containsString("Sherman 2009")))
            .andExpect(content().string(containsString("some clients do not get better".substring(1))))
            .andExpect(content().string(containsString("role=\"img\"")));
    }

    @Test
    void continuingEducationShowsForThePracticeAndEachTherapistAndSaysWhyWhenThereIsNone() throws Exception {
        Caseload practice = insights.caseload(team.owner().asCurrentPractice(), FROM, TO, Optional.empty());
        assertThat(practice.suggestions()).extracting(ContinuingEducation.Group::who)
            .containsExactlyInAnyOrder("The whole practice", team.owner().displayName(), team.therapist().displayName());
        assertThat(practice.suggestions()).allSatisfy(g -> assertThat(g.suggestions()).isEmpty());
        var byWho = practice.suggestions().stream()
            .collect(java.util.stream.Collectors.toMap(ContinuingEducation.Group::who, ContinuingEducation.Group::noneBecause));
        // neck pain has 12 evaluated episodes, none clearly worse; the owner's two low-back episodes are too few
        assertThat(byWho.get("The whole practice")).isEqualTo("None yet, because neck pain, the only complaint with 10 "
                + "or more evaluated episodes, does not do clearly worse than the overall rate, and the others have too "
                + "few episodes to tell.");
        assertThat(byWho.get(team.owner().displayName()))
            .startsWith("None yet, because no complaint has 10 evaluated episodes in this period; the most is ")
            .endsWith(", for low back pain.");
        // a therapist sees the practice and themselves, never a colleague
        Caseload own = insights.caseload(team.therapist().asCurrentPractice(), FROM, TO, Optional.empty());
        assertThat(own.suggestions()).extracting(ContinuingEducation.Group::who)
            .containsExactly("The whole practice", team.therapist().displayName());
        mvc.perform(get("/insights").param("from", FROM.toString()).param("to", TO.toString())
                .param("therapist", "practice").with(as(team.owner())))
            .andExpect(content().string(containsString("Continuing-education ideas")))
            .andExpect(content().string(containsString("<h3>The whole practice</h3>")))
            .andExpect(content().string(containsString("None yet, because neck pain")));
    }

    private static void assertShare(Share share, int count, int of) {
        assertThat(share.count()).as("count").isEqualTo(count);
        assertThat(share.of()).as("of").isEqualTo(of);
    }
}
