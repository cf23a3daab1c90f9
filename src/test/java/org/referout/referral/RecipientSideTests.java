package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referout.practice.CurrentPractice;
import org.referout.support.MutableClock;
import org.referout.support.ReferOutTest;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Issue 16 item 6, the recipient's side: the link and the code arrive in two e-mails (neither enough alone), a bad
 * report-back answer comes back with its message and what was typed, and the page shows exactly what the client
 * consented to share, their contact details and the chart included.
 */
@ReferOutTest
@Import(ReferralFixtures.class)
class RecipientSideTests {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    private static final Pattern LINK = Pattern.compile("/r/[A-Za-z0-9_-]+");
    private static final Pattern CODE = Pattern.compile("\\b[0-9]{8}\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    Referrals referrals;
    @Autowired
    TestPractices practices;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    MutableClock clock;

    CurrentPractice therapist;
    RequestPostProcessor from;

    @BeforeEach
    void setUp() {
        therapist = practices.newPractice("RecipientSide").therapist().asCurrentPractice();
        String address = "10.2." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 250);
        from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    record Sent(ReferralId id, String email, String token, String code) {
    }

    /** A plateau client (phone 555-0100, 1 Main St, Springfield) referred to one chiropractor, sharing {@code shares}. */
    Sent send(String recipientName, DataShared shares) {
        var plateau = fixtures.plateau(therapist, "Erin", "Easton");
        String email = recipientName.toLowerCase().replace(' ', '.') + System.nanoTime() + "@chiro.test";
        RecipientId x = referrals.addRecipient(therapist, RecipientDetails.byHand(recipientName, "Chiropractor",
                email, null));
        ReferralId id = referrals.create(therapist, plateau.episode(), new NewReferral(Urgency.ROUTINE,
                "Plateau at NPRS 6", "Spinal cause?", "HAND", List.of(x)));
        referrals.recordConsent(therapist, id, x, new ConsentGiven("Erin Easton", ConsentMethod.IN_PERSON, shares));
        referrals.send(therapist, id, List.of(x));
        var credentials = referrals.credentials(therapist, id, x).orElseThrow();
        return new Sent(id, email, credentials.path().substring(3), credentials.code());
    }

    MockHttpSession opened(Sent sent) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/r/" + sent.token() + "/code").param("code", sent.code()).session(session).with(csrf())
            .with(from)).andExpect(redirectedUrl("/r/" + sent.token()));
        return session;
    }

    @Test
    void theLinkAndTheCodeComeInTwoMailsNeitherEnoughAloneAndTogetherTheyOpenTheReferral() throws Exception {
        Sent sent = send("Dr Two Mails", DataShared.all());
        Awaitility.await().atMost(Duration.ofSeconds(10))
            .until(() -> mail.getReceivedMessagesForDomain(sent.email()).length == 2);
        List<String> bodies = TestMail.bodies(mail, sent.email());

        List<String> withLink = bodies.stream().filter(body -> LINK.matcher(body).find()).toList();
        List<String> withCode = bodies.stream().filter(body -> body.contains(sent.code())).toList();
        assertThat(withLink).hasSize(1);
        assertThat(withCode).hasSize(1);
        assertThat(withLink.get(0)).as("the link mail").doesNotContain(sent.code())
            .contains("separate e-mail").doesNotContain("printed on the referral letter");
        assertThat(withCode.get(0)).as("the code mail").doesNotContain(sent.token(), "/r/");
        assertThat(String.join("\n", bodies)).doesNotContain("Erin", "Easton", "NPRS", "555-0100");

        // what the recipient does: open the link from one mail, type the code from the other
        Matcher link = LINK.matcher(withLink.get(0));
        assertThat(link.find()).isTrue();
        Matcher code = CODE.matcher(withCode.get(0));
        assertThat(code.find()).isTrue();
        mvc.perform(get(link.group()).with(from))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("second e-mail")))
            .andExpect(content().string(not(containsString("Easton"))));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(link.group() + "/code").param("code", code.group()).session(session).with(csrf())
            .with(from)).andExpect(redirectedUrl(link.group()));
        mvc.perform(get(link.group()).session(session).with(from))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Erin Easton")));
    }

    @Test
    void aBadReportBackComesBackWithTheMessagesAndWhatWasTypedAndStoresNothing() throws Exception {
        Sent sent = send("Dr Report", DataShared.all());
        MockHttpSession session = opened(sent);
        mvc.perform(post("/r/" + sent.token() + "/accept").session(session).with(csrf()).with(from));
        mvc.perform(post("/r/" + sent.token() + "/seen").session(session).with(csrf()).with(from));

        String page = mvc.perform(post("/r/" + sent.token() + "/report").param("report", "Facet irritation, typed")
                .param("pain", "11").session(session).with(csrf()).with(from))
            .andExpect(status().isBadRequest())
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"errors\" role=\"alert\"", "href=\"#pain\"",
                "Pain score today: a pain score is a whole number from 0 to 10, not 11", "id=\"pain-error\"",
                "Facet irritation, typed</textarea>", "value=\"11\"", "Erin Easton")
            .doesNotContain("That step was not saved");

        String empty = mvc.perform(post("/r/" + sent.token() + "/report").param("report", " ").param("pain", "ten")
                .session(session).with(csrf()).with(from))
            .andExpect(status().isBadRequest())
            .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("href=\"#report\"", "Report back: write a few words for the therapist",
                "href=\"#pain\"", "not ten", "value=\"ten\"");

        Referral referral = referrals.find(therapist, sent.id()).orElseThrow();
        assertThat(referral.report()).isNull();
        assertThat(referral.reportPain()).isNull();
        assertThat(referrals.timeline(therapist, sent.id())).extracting(TimelineEntry::kind).doesNotContain("REPORTED");

        mvc.perform(post("/r/" + sent.token() + "/report").param("report", "Facet irritation").param("pain", "3")
            .session(session).with(csrf()).with(from)).andExpect(redirectedUrl("/r/" + sent.token()));
        assertThat(referrals.find(therapist, sent.id()).orElseThrow().reportPain()).isEqualTo(3);
    }

    @Test
    void aBadDeclineOrDateIsShownNextToItsFieldAndNothingChanges() throws Exception {
        Sent sent = send("Dr Decline", DataShared.all());
        MockHttpSession session = opened(sent);
        mvc.perform(post("/r/" + sent.token() + "/decline").param("reason", "").session(session).with(csrf())
                .with(from))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("href=\"#decline-reason\"")))
            .andExpect(content().string(containsString("id=\"reason-error\"")));
        assertThat(referrals.find(therapist, sent.id()).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);

        mvc.perform(post("/r/" + sent.token() + "/accept").session(session).with(csrf()).with(from));
        String far = LocalDate.now(clock).plusYears(3).toString();
        mvc.perform(post("/r/" + sent.token() + "/schedule").param("date", far).session(session).with(csrf())
                .with(from))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Appointment date: ")))
            .andExpect(content().string(containsString("value=\"" + far + "\"")));
        assertThat(referrals.find(therapist, sent.id()).orElseThrow().status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void withConsentTheRecipientSeesTheClientsContactDetailsAndTheChart() throws Exception {
        Sent sent = send("Dr Everything", DataShared.all());
        mvc.perform(get("/r/" + sent.token()).session(opened(sent)).with(from))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("How to reach the client")))
            .andExpect(content().string(containsString("555-0100")))
            .andExpect(content().string(containsString("1 Main St, Springfield, IL")))
            .andExpect(content().string(containsString("@client.test")))
            .andExpect(content().string(containsString("id=\"recipient-chart\"")))
            .andExpect(content().string(containsString("<svg")));
    }

    @Test
    void withoutConsentNeitherContactDetailsNorChartAreShown() throws Exception {
        Sent sent = send("Dr Summary Only", new DataShared(true, false, false, false, false));
        mvc.perform(get("/r/" + sent.token()).session(opened(sent)).with(from))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Erin Easton")))
            .andExpect(content().string(not(containsString("How to reach the client"))))
            .andExpect(content().string(not(containsString("555-0100"))))
            .andExpect(content().string(not(containsString("Main St"))))
            .andExpect(content().string(not(containsString("@client.test"))))
            .andExpect(content().string(not(containsString("<svg"))));
    }
}
