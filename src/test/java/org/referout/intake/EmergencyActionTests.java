package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlag;
import org.referout.directory.Provider;
import org.referout.directory.SearchResult;
import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.progress.Alert;
import org.referout.progress.Alerts;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 15 item 2: an emergency is not a review. A saddle-numbness intake's home card and banner lead to the
 * emergency action page (plain words, emergency departments, one tap), not to the off-track review; what was done is
 * kept, audited, and closes the alert. No code (REFER_EMERGENCY, a NUCC code) in the text people read.
 */
@DatabaseTest
class EmergencyActionTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    Intakes intakes;
    @Autowired
    Clients clients;
    @Autowired
    Alerts alerts;
    @Autowired
    JdbcClient jdbc;

    final String address = "10.88." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
    Team team;
    CurrentPractice therapist;
    ClientId client;

    @BeforeEach
    void client() {
        team = practices.newPractice("Emergency");
        therapist = team.therapist().asCurrentPractice();
        client = clients.create(therapist, new ClientDetails("Rosa", "Mendes", LocalDate.of(1971, 5, 2), null, null,
                null, null, null, null, "62701", "English", true));
    }

    EpisodeId intakeWith(RedFlag... yes) throws Exception {
        String token = intakes.create(therapist, client, LinkKind.INTAKE, null).token();
        List<Map<String, String>> pages = List.of(IntakeTests.aboutYou(), IntakeTests.problem(),
                IntakeTests.health(yes), IntakeTests.measures(), IntakeTests.consent());
        for (int i = 0; i < pages.size(); i++) {
            var params = new LinkedMultiValueMap<String, String>();
            pages.get(i).forEach(params::add);
            mvc.perform(post("/intake/" + token + "/step/" + (i + 1)).params(params).with(csrf()).with(request -> {
                request.setRemoteAddr(address);
                return request;
            })).andExpect(status().is3xxRedirection());
        }
        return intakes.links(therapist, client).get(0).episode();
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(team.therapist()))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
    }

    /** The text a person reads: no tags, no attributes. */
    static String visible(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
    }

    int actions() {
        return jdbc.sql("select count(*) from emergency_action where practice_id = :p").param("p", team.id().value())
            .query(Integer.class).single();
    }

    @Test
    void theHomeCardAndTheBannerLeadToTheEmergencyPageNotTheReview() throws Exception {
        EpisodeId episode = intakeWith(RedFlag.SADDLE_NUMBNESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.forEpisode(team.id(), episode).isEmpty());
        Alert alert = alerts.forEpisode(team.id(), episode).get(0);
        assertThat(alert.recommendation()).isEqualTo(Recommendation.REFER_EMERGENCY);

        String home = page("/");
        assertThat(home).contains("/episodes/" + episode + "/emergency")
            .doesNotContain("href=\"/alerts/" + alert.id() + "\"");
        assertThat(visible(home)).doesNotContain("REFER_EMERGENCY", "207P00000X");
        String episodePage = page("/episodes/" + episode);
        assertThat(episodePage).contains("id=\"emergency-action\"");
        assertThat(visible(episodePage)).doesNotContain("REFER_EMERGENCY", "207P00000X");
        assertThat(page("/alerts/" + alert.id())).contains("id=\"emergency-not-review\"");

        String emergency = page("/episodes/" + episode + "/emergency");
        assertThat(visible(emergency)).contains("The client needs the emergency department today", "Saddle numbness",
                "Nearest emergency departments", "Sent to the emergency department", "Called emergency services",
                "The client declined")
            .doesNotContain("Call emergency services now", "REFER_EMERGENCY", "207P00000X", "282N00000X",
                "SENT_TO_EMERGENCY_DEPARTMENT");
    }

    /** Codes people must never read: enum names (REFER_URGENT, DVT_SIGNS) and NUCC taxonomy codes (207Q00000X). */
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b\\d{3}[0-9A-Z]{6}X\\b");

    void noCodeIn(String path) throws Exception {
        String text = visible(page(path));
        assertThat(CODE.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as(path).isEmpty();
    }

    @Test
    void noCodeOnTheEmergencyPath() throws Exception {
        EpisodeId episode = intakeWith(RedFlag.DVT_SIGNS, RedFlag.SADDLE_NUMBNESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.forEpisode(team.id(), episode).isEmpty());
        Alert alert = alerts.forEpisode(team.id(), episode).get(0);
        for (String path : List.of("/", "/?level=emergency", "/clients/" + client, "/episodes/" + episode,
                "/alerts/" + alert.id(), "/episodes/" + episode + "/emergency", "/episodes/" + episode + "/red-flags")) {
            noCodeIn(path);
        }
        assertThat(visible(page("/episodes/" + episode + "/emergency"))).contains("Call emergency services now");
    }

    @Test
    void theUrgentCardAndBannerLeadToThePhysicianLetterFirstAndNoPathShowsACode() throws Exception {
        EpisodeId episode = intakeWith(RedFlag.HISTORY_OF_CANCER_NEW_PAIN);
        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.forEpisode(team.id(), episode).isEmpty());
        Alert alert = alerts.forEpisode(team.id(), episode).get(0);
        assertThat(alert.recommendation()).isEqualTo(Recommendation.REFER_URGENT);
        String letter = "/episodes/" + episode + "/referrals/new?source=RED_FLAG";

        String home = page("/");
        assertThat(home).contains("href=\"" + letter + "\"").doesNotContain("href=\"/alerts/" + alert.id() + "\"");
        assertThat(visible(home)).contains("Write to the client's physician");
        String banner = page("/episodes/" + episode);
        assertThat(banner).containsPattern("id=\"physician-letter\"[^>]*href=\"" + java.util.regex.Pattern.quote(letter)
                + "\"|href=\"" + java.util.regex.Pattern.quote(letter) + "\"[^>]*id=\"physician-letter\"");
        String review = page("/alerts/" + alert.id());
        assertThat(review).contains("id=\"letter-first\"");
        assertThat(review.indexOf("id=\"letter-first\"")).isLessThan(review.indexOf("id=\"review-form\""));

        String draft = visible(page(letter));
        assertThat(draft).contains("Urgent: within days");
        assertThat(draft.indexOf("Who to refer to")).isGreaterThan(-1);
        assertThat(draft.substring(draft.indexOf("Who to refer to"))).containsPattern("(?s)^.{0,400}(doctor|physician)");
        for (String path : List.of("/", "/?level=urgent", "/clients/" + client, "/episodes/" + episode,
                "/alerts/" + alert.id(), letter, "/episodes/" + episode + "/red-flags")) {
            noCodeIn(path);
        }
    }

    @Test
    void chestPainSaysCallEmergencyServicesNow() throws Exception {
        EpisodeId episode = intakeWith(RedFlag.CHEST_PAIN_OR_BREATHLESSNESS);
        assertThat(visible(page("/episodes/" + episode + "/emergency"))).contains("Call emergency services now");
    }

    @Test
    void oneTapKeepsWhatWasDoneAuditsItAndClosesTheAlert() throws Exception {
        EpisodeId episode = intakeWith(RedFlag.SADDLE_NUMBNESS);
        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.forEpisode(team.id(), episode).isEmpty());

        mvc.perform(post("/episodes/" + episode + "/emergency").param("note", "no choice made")
                .with(as(team.therapist())).with(csrf()))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"outcome-error\"")));
        assertThat(actions()).isZero();
        assertThat(alerts.forEpisode(team.id(), episode)).allMatch(Alert::isOpen);

        mvc.perform(post("/episodes/" + episode + "/emergency").param("outcome", "SENT_TO_EMERGENCY_DEPARTMENT")
                .param("note", "Her husband drove her to Memorial at 10:40").with(as(team.therapist())).with(csrf()))
            .andExpect(redirectedUrl("/episodes/" + episode + "/emergency"));
        assertThat(actions()).isEqualTo(1);
        assertThat(alerts.forEpisode(team.id(), episode)).noneMatch(Alert::isOpen);
        assertThat(jdbc.sql("select detail from audit_log where practice_id = :p and action = 'EMERGENCY_ACTION'")
            .param("p", team.id().value()).query(String.class).single())
            .contains("SADDLE_NUMBNESS", "Sent to the emergency department", "Memorial");
        assertThat(visible(page("/episodes/" + episode + "/emergency")))
            .contains("Sent to the emergency department", "Her husband drove her to Memorial");
        assertThat(page("/")).doesNotContain("/episodes/" + episode + "/emergency");
    }

    @Test
    void withoutAnEmergencyFlagNothingIsRecordedAndStrangersGetNotFound() throws Exception {
        EpisodeId episode = intakeWith(RedFlag.NIGHT_PAIN);
        mvc.perform(post("/episodes/" + episode + "/emergency").param("outcome", "CLIENT_DECLINED")
                .with(as(team.therapist())).with(csrf()))
            .andExpect(status().isBadRequest());
        assertThat(actions()).isZero();
        Team other = practices.newPractice("EmergencyOther");
        mvc.perform(get("/episodes/" + episode + "/emergency").with(as(other.therapist())))
            .andExpect(status().isNotFound());
        mvc.perform(get("/episodes/" + episode + "/emergency").with(as(team.frontDesk())))
            .andExpect(status().isNotFound());
    }

    @Test
    void onlyHospitalsAreEmergencyDepartmentsNotEmergencyPhysicians() {
        var physician = result(1, false, "Dr Eve Ray", List.of("207P00000X"), 0.5);
        var hospital = result(2, true, "Memorial Hospital", List.of("282N00000X"), 4.0);
        var nearer = result(3, true, "St John's Hospital", List.of("261QU0200X", "282N00000X"), 2.0);
        var clinic = result(4, true, "Urgent Care Clinic", List.of("261QU0200X"), 1.0);
        assertThat(Emergencies.emergencyDepartments(List.of(physician, hospital, nearer, clinic)))
            .extracting(r -> r.provider().name()).containsExactly("St John's Hospital", "Memorial Hospital");
    }

    static SearchResult result(long npi, boolean organization, String name, List<String> codes, double km) {
        return new SearchResult(new Provider(npi, organization, name, null, codes.get(0), "type", codes,
                "1 Main St", "Springfield", "IL", "62701", "217-555-0100", 39.8, -89.6, null, null), km, 1, "");
    }
}
