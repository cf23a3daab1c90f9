package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.CurrentPractice;
import org.referout.support.DatabaseTest;
import org.referout.support.MutableClock;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.BadRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 15 item 4: the app e-mails intake and before-visit links over the configured SMTP (a real local server),
 * in plain words with the practice's name and the expiry and no health data; copy and QR stay; a resend cancels the
 * earlier link; the client page says what was sent, when, to which address and whether it was answered; an intake
 * for a client with an open episode goes to the episode the therapist chose.
 */
@DatabaseTest
class LinksTheAppSendsTests {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("/intake/([A-Za-z0-9_-]{43})");

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
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    final String address = "10.31." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
    Team team;
    CurrentPractice therapist;
    ClientId client;
    String email;
    EpisodeId lowBack;

    /** The clock is shared by every test class of this context: give the next one today back. */
    @org.junit.jupiter.api.AfterEach
    void giveTheClockBack() {
        clock.set(java.time.Instant.now());
    }

    @BeforeEach
    void client() throws Exception {
        mail.purgeEmailFromAllMailboxes();
        team = practices.newPractice("Sends");
        therapist = team.therapist().asCurrentPractice();
        email = "jane-" + System.nanoTime() + "@example.test";
        client = clients.create(therapist, new ClientDetails("Jane", "Doe", null, email, null, null, null, null,
                null, "62701", null, true));
        lowBack = episodes.start(therapist, client, new EpisodeStart("LOW_BACK_PAIN", false, List.of(),
                "Garden again", "NPRS", List.of("Garden"), LocalDate.now(clock).minusWeeks(2)));
        episodes.recordVisit(therapist, lowBack, new VisitInput(LocalDate.now(clock).minusWeeks(2), 60,
                List.of("SWEDISH"), VisitNotes.NONE, List.of(new ScoreInput("NPRS", BigDecimal.valueOf(7), null))));
        clock.advance(Duration.ofMinutes(1));
    }

    ResultActions send(MockHttpSession session, String kind, String episode, String how) throws Exception {
        var request = post("/clients/" + client + "/intake-links").session(session).with(as(team.therapist()))
            .with(csrf());
        if (kind != null) {
            request.param("kind", kind);
        }
        if (episode != null) {
            request.param("episode", episode);
        }
        if (how != null) {
            request.param("send", how);
        }
        return mvc.perform(request);
    }

    MimeMessage[] mailTo(String to, int count) throws Exception {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
            .until(() -> mail.getReceivedMessagesForDomain(to).length >= count);
        return mail.getReceivedMessagesForDomain(to);
    }

    static String token(MimeMessage message) {
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).as("the mail carries the link").isTrue();
        return matcher.group(1);
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

    long episodesOfTheClient() {
        return jdbc.sql("select count(*) from episode where practice_id = :p and client_id = :c")
            .param("p", team.id().value()).param("c", client.value()).query(Long.class).single();
    }

    long links() {
        return jdbc.sql("select count(*) from intake_link where practice_id = :p")
            .param("p", team.id().value()).query(Long.class).single();
    }

    /** Seen in issue 15: an intake for a client with an open episode made a second episode, silently. */
    @Test
    void anIntakeForAClientWithAnOpenEpisodeMustSayWhichEpisodeOrANewComplaint() throws Exception {
        send(new MockHttpSession(), null, null, null)
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Nothing was sent")))
            .andExpect(content().string(containsString("open episode (Low back pain")));
        assertThatThrownBy(() -> intakes.create(therapist, client, LinkKind.INTAKE, null))
            .isInstanceOf(BadRequestException.class)
            .hasMessageContaining("episodeId");
        assertThat(links()).isZero();
        assertThat(mail.getReceivedMessagesForDomain(email)).isEmpty();

        // The dialog asks, and shows the open episode as a choice beside "a new complaint".
        mvc.perform(get("/clients/" + client + "/intake").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Which complaint is it for?")))
            .andExpect(content().string(containsString("id=\"episode-" + lowBack.value() + "\"")))
            .andExpect(content().string(containsString("A new complaint")));
    }

    @Test
    void anIntakeForTheChosenEpisodeMakesNoSecondEpisode() throws Exception {
        send(new MockHttpSession(), "INTAKE", Long.toString(lowBack.value()), "email")
            .andExpect(status().is3xxRedirection());
        String token = token(mailTo(email, 1)[0]);
        answer(token, 1, IntakeTests.aboutYou()).andExpect(status().is3xxRedirection());
        // no complaint page: the complaint is the chosen episode's; its activity is rated, not named again
        answer(token, 2, IntakeTests.health(RedFlag.NIGHT_PAIN)).andExpect(status().is3xxRedirection());
        answer(token, 3, Map.of("nprs", "6", "peg1", "6", "peg2", "5", "peg3", "5", "rating1", "4"))
            .andExpect(status().is3xxRedirection());
        answer(token, 4, IntakeTests.consent()).andExpect(status().is3xxRedirection());

        assertThat(episodesOfTheClient()).isEqualTo(1);
        assertThat(intakes.links(therapist, client).get(0).episode()).isEqualTo(lowBack);
        assertThat(redFlags.screen(team.id(), lowBack).positive()).isTrue();
        // a new complaint is still possible, on purpose
        send(new MockHttpSession(), "INTAKE", "new", "link").andExpect(status().is3xxRedirection());
    }

    @Test
    void theAppEmailsTheLinkInPlainWordsWithThePracticeAndTheExpiryAndNoHealthData() throws Exception {
        redFlags.review(therapist, lowBack, Map.of("NIGHT_PAIN", true));
        var session = new MockHttpSession();
        String page = send(session, "PRE_VISIT", Long.toString(lowBack.value()), "email")
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        MimeMessage message = mailTo(email, 1)[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        String subject = message.getSubject();
        String body = GreenMailUtil.getBody(message);
        assertThat(subject).contains("Sends Massage");
        assertThat(body).contains("Sends Massage", "The link works once, until ", "no account");
        assertThat(subject + body).doesNotContain("Jane", "Doe", "back", "Back", "pain", "Pain", "night", "Night",
                "flag", "NPRS", "Garden");
        String token = token(message);
        mvc.perform(get("/intake/" + token).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andExpect(status().isOk());

        // the link page says where it went and keeps copy and QR as the fallback
        mvc.perform(get(page).session(session).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("E-mailed to " + email)))
            .andExpect(content().string(containsString("to " + email + " on ")))
            .andExpect(content().string(containsString("/intake/" + token)))
            .andExpect(content().string(containsString("Copy the link")));
        mvc.perform(get(page + "/qr.svg").session(session).with(as(team.therapist()))).andExpect(status().isOk());
    }

    @Test
    void aPracticeNameWithALineBreakStaysOnOneLineOfTheMail() throws Exception {
        jdbc.sql("update practice set name = :n where id = :p")
            .param("n", "Calm Hands\r\nBcc: thief@example.org\r\n\r\nClick here")
            .param("p", team.id().value())
            .update();
        send(new MockHttpSession(), "PRE_VISIT", Long.toString(lowBack.value()), "email")
            .andExpect(status().is3xxRedirection());

        MimeMessage message = mailTo(email, 1)[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getSubject()).doesNotContain("\r", "\n").startsWith("Calm Hands  Bcc: thief@example.org");
        assertThat(GreenMailUtil.getBody(message)).doesNotContain("Calm Hands\r\n", "Calm Hands\n");
        assertThat(mail.getReceivedMessagesForDomain("thief@example.org")).isEmpty();
    }

    @Test
    void sendingAgainCancelsTheEarlierLinkWhichThenAnswersLikeAnExpiredOne() throws Exception {
        var session = new MockHttpSession();
        String first = send(session, "PRE_VISIT", Long.toString(lowBack.value()), "email")
            .andReturn().getResponse().getRedirectedUrl();
        String oldToken = token(mailTo(email, 1)[0]);
        clock.advance(Duration.ofMinutes(3));
        String second = mvc.perform(post(first + "/resend").session(session).with(as(team.therapist())).with(csrf()))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isNotEqualTo(first);
        MimeMessage[] both = mailTo(email, 2);
        String newToken = token(both[1]).equals(oldToken) ? token(both[0]) : token(both[1]);
        assertThat(newToken).isNotEqualTo(oldToken);

        var from = (org.springframework.test.web.servlet.request.RequestPostProcessor) request -> {
            request.setRemoteAddr(address);
            return request;
        };
        mvc.perform(get("/intake/" + oldToken).with(from))
            .andExpect(status().isGone())
            .andExpect(content().string(containsString("This link has expired")));
        mvc.perform(get("/intake/" + newToken).with(from)).andExpect(status().isOk());
        // making a new one by hand replaces the open one too: only one link for the episode works at a time
        assertThat(jdbc.sql("""
                select count(*) from intake_link where practice_id = :p and revoked_at is null and completed_at is null""")
            .param("p", team.id().value()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/clients/" + client).with(as(team.therapist())))
            .andExpect(content().string(containsString("Replaced by a newer link")))
            .andExpect(content().string(containsString("Waiting for the answer, until")));
    }

    @Test
    void theClientPageShowsWhatWasSentWhenToWhichAddressAndWhetherItWasAnswered() throws Exception {
        clock.set(java.time.Instant.parse("2026-12-02T15:00:00Z"));
        send(new MockHttpSession(), "PRE_VISIT", Long.toString(lowBack.value()), "email")
            .andExpect(status().is3xxRedirection());
        String token = token(mailTo(email, 1)[0]);
        mvc.perform(get("/clients/" + client).with(as(team.therapist())))
            .andExpect(content().string(containsString("Sent to the client")))
            .andExpect(content().string(containsString("Before-your-visit questionnaire")))
            .andExpect(content().string(containsString("E-mailed to " + email + " on 2 Dec 2026, 15:00")))
            .andExpect(content().string(containsString("Waiting for the answer, until 9 Dec 2026")));

        clock.advance(Duration.ofHours(2));
        answer(token, 1, Map.of("nprs", "6", "peg1", "6", "peg2", "5", "peg3", "5", "rating1", "4"));
        answer(token, 2, IntakeTests.health()).andExpect(status().is3xxRedirection());
        mvc.perform(get("/clients/" + client).with(as(team.therapist())))
            .andExpect(content().string(containsString("Answered on 2 Dec 2026")));
        // front desk sees no clinical list
        mvc.perform(get("/clients/" + client).with(as(team.frontDesk())))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Sent to the client"))));
    }

    @Test
    void aClientWithoutAnEmailAddressIsSaidPlainlyAndGetsTheLinkToCopyOrScan() throws Exception {
        ClientId noMail = clients.create(therapist, new ClientDetails("Sam", "Lee", null, null, null, null, null,
                null, null, null, null, true));
        mvc.perform(get("/clients/" + noMail + "/intake").with(as(team.therapist())))
            .andExpect(content().string(containsString("This client has no e-mail address on file")))
            .andExpect(content().string(not(containsString("id=\"send-email\""))));

        var session = new MockHttpSession();
        // even if e-mail is asked for (an old form, a forged post), nothing is mailed and the link is there
        String page = mvc.perform(post("/clients/" + noMail + "/intake-links").param("kind", "INTAKE")
                .param("send", "email").session(session).with(as(team.therapist())).with(csrf()))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(page).session(session).with(as(team.therapist())))
            .andExpect(content().string(containsString("no e-mail address on file, so nothing was e-mailed")))
            .andExpect(content().string(containsString("Copy the link")))
            .andExpect(content().string(containsString("qr.svg")));
        assertThat(mail.getReceivedMessages()).noneMatch(m -> {
            try {
                return GreenMailUtil.getBody(m).contains("Sam");
            } catch (Exception e) {
                return false;
            }
        });

        // the API refuses e-mail for them and makes nothing
        long before = links();
        mvc.perform(post("/api/v1/clients/" + noMail + "/intake-links").with(bearer(practices.token(team.therapist())))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INTAKE\",\"email\":true}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("email"));
        assertThat(links()).isEqualTo(before);
    }

    @Test
    void theApiSendsAndNamesTheEpisodeOrANewComplaint() throws Exception {
        String token = practices.token(team.therapist());
        mvc.perform(post("/api/v1/clients/" + client + "/intake-links").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INTAKE\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("episodeId"));
        mvc.perform(post("/api/v1/clients/" + client + "/intake-links").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"INTAKE\",\"episodeId\":" + lowBack.value() + ",\"email\":true}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.episodeId").value(lowBack.value()))
            .andExpect(jsonPath("$.sentTo").value(email));
        mvc.perform(post("/api/v1/clients/" + client + "/intake-links").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INTAKE\",\"newComplaint\":true}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.episodeId").value(org.hamcrest.Matchers.nullValue()));
        assertThat(mailTo(email, 1)).hasSize(1);
    }
}
