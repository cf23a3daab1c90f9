package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referout.practice.CurrentPractice;
import org.referout.support.MutableClock;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The recipient's anonymous link: the code opens it; expired, wrong, tampered and closed links change nothing. */
@ReferOutTest
@Import(ReferralFixtures.class)
class RecipientLinkTests {

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
    ReferralId referral;
    String token;
    String code;
    RequestPostProcessor from;

    @BeforeEach
    void sendAReferral() {
        therapist = practices.newPractice("Link").therapist().asCurrentPractice();
        var sent = send("Alice", "Anderson", "Dr Xavier");
        referral = sent.id();
        token = sent.token();
        code = sent.code();
        String address = "10.1." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 250);
        from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    record Sent(ReferralId id, String token, String code) {
    }

    Sent send(String first, String last, String recipientName) {
        var plateau = fixtures.plateau(therapist, first, last);
        RecipientId x = referrals.addRecipient(therapist, RecipientDetails.byHand(recipientName, "Chiropractor",
                null, "555-0199"));
        ReferralId id = referrals.create(therapist, plateau.episode(), new NewReferral(Urgency.ROUTINE,
                "Plateau at NPRS 6", "Spinal cause?", "HAND", List.of(x)));
        referrals.recordConsent(therapist, id, x, new ConsentGiven(first + " " + last, ConsentMethod.IN_PERSON,
                DataShared.all()));
        referrals.send(therapist, id, List.of(x));
        var credentials = referrals.credentials(therapist, id, x).orElseThrow();
        return new Sent(id, credentials.path().substring(3), credentials.code());
    }

    MockHttpSession verified() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/r/" + token + "/code").param("code", code).session(session).with(csrf()).with(from))
            .andExpect(status().is3xxRedirection());
        return session;
    }

    ReferralStatus current() {
        return referrals.find(therapist, referral).orElseThrow().status();
    }

    @Test
    void theCodeOpensTheReferralAndTheRecipientClosesTheLoop() throws Exception {
        mvc.perform(get("/r/" + token).with(from))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("verification code")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Anderson"))));
        MockHttpSession session = verified();
        mvc.perform(get("/r/" + token).session(session).with(from))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Alice Anderson")))
            .andExpect(content().string(Matchers.containsString("Plateau at NPRS 6")));

        mvc.perform(post("/r/" + token + "/accept").session(session).with(csrf()).with(from))
            .andExpect(redirectedUrl("/r/" + token));
        mvc.perform(post("/r/" + token + "/schedule").param("date", LocalDate.now(clock).plusDays(2).toString())
            .session(session).with(csrf()).with(from)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/r/" + token + "/seen").session(session).with(csrf()).with(from))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/r/" + token + "/report").param("report", "Facet joint irritation").param("pain", "3")
            .session(session).with(csrf()).with(from)).andExpect(status().is3xxRedirection());

        assertThat(current()).isEqualTo(ReferralStatus.SEEN);
        assertThat(referrals.timeline(therapist, referral)).extracting(TimelineEntry::kind)
            .containsSubsequence("ACCEPTED", "SCHEDULED", "SEEN", "REPORTED");
    }

    @Test
    void aWrongCodeOpensNothingAndChangesNothing() throws Exception {
        String wrong = code.equals("12345678") ? "87654321" : "12345678";
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/r/" + token + "/code").param("code", wrong).session(session).with(csrf()).with(from))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(Matchers.containsString("not right")));
        mvc.perform(post("/r/" + token + "/accept").session(session).with(csrf()).with(from))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/r/" + token).session(session).with(from))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Anderson"))));
        assertThat(current()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aGuesserIsStoppedWithoutLockingTheRecipientOut() throws Exception {
        String wrong = code.equals("12345678") ? "87654321" : "12345678";
        org.springframework.test.web.servlet.request.RequestPostProcessor guesser = request -> {
            request.setRemoteAddr("198.51.100.66");
            return request;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/r/" + token + "/code").param("code", wrong).with(csrf()).with(guesser))
                .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/r/" + token + "/code").param("code", code).with(csrf()).with(guesser))
            .andExpect(status().isTooManyRequests());
        // the recipient, elsewhere, still opens the referral with the right code
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        mvc.perform(post("/r/" + token + "/code").param("code", code).session(session).with(csrf()).with(from))
            .andExpect(status().is3xxRedirection());
        assertThat(session.getId()).as("a new session id once the code is right").isNotEqualTo(before);
        assertThat(current()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aGuesserWithManyAddressesNeitherLocksTheRecipientOutNorKeepsGuessingFast() throws Exception {
        String wrong = code.equals("12345678") ? "87654321" : "12345678";
        // 25 addresses x 4 wrong codes: the link has had its 100 wrong codes for the day
        for (int a = 0; a < 25; a++) {
            RequestPostProcessor guesser = at("198.51.100." + (100 + a));
            for (int i = 0; i < 4; i++) {
                mvc.perform(post("/r/" + token + "/code").param("code", wrong).with(csrf()).with(guesser))
                    .andExpect(status().isBadRequest());
            }
        }
        // from now on an address that has tried gets no more tries today, and a new one gets one
        mvc.perform(post("/r/" + token + "/code").param("code", wrong).with(csrf()).with(at("198.51.100.100")))
            .andExpect(status().isTooManyRequests());
        mvc.perform(post("/r/" + token + "/code").param("code", wrong).with(csrf()).with(at("198.51.100.200")))
            .andExpect(status().isBadRequest());
        mvc.perform(post("/r/" + token + "/code").param("code", wrong).with(csrf()).with(at("198.51.100.200")))
            .andExpect(status().isTooManyRequests());
        // the recipient's right code, from her own address, still opens the referral
        mvc.perform(post("/r/" + token + "/code").param("code", code).with(csrf()).with(from))
            .andExpect(status().is3xxRedirection());
    }

    private static RequestPostProcessor at(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void guessingTokensIsRateLimitedPerAddress() throws Exception {
        int tooMany = 0;
        for (int i = 0; i < 35; i++) {
            int code = mvc.perform(get("/r/guess" + i + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").with(from))
                .andReturn().getResponse().getStatus();
            assertThat(code).isIn(404, 429);
            tooMany += code == 429 ? 1 : 0;
        }
        assertThat(tooMany).isGreaterThan(0);
    }

    @Test
    void aTamperedTokenIsNotFound() throws Exception {
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        mvc.perform(get("/r/" + tampered).with(from))
            .andExpect(status().isNotFound())
            .andExpect(content().string(Matchers.containsString("does not work")));
        mvc.perform(post("/r/" + tampered + "/code").param("code", code).with(csrf()).with(from))
            .andExpect(status().isNotFound());
        assertThat(current()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void anExpiredLinkShowsAPlainPageAndChangesNothing() throws Exception {
        MockHttpSession session = verified();
        clock.advance(Duration.ofDays(31));
        try {
            mvc.perform(get("/r/" + token).session(session).with(from))
                .andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("expired")));
            mvc.perform(post("/r/" + token + "/accept").session(session).with(csrf()).with(from))
                .andExpect(status().isGone());
            assertThat(current()).isEqualTo(ReferralStatus.SENT);
        }
        finally {
            clock.advance(Duration.ofDays(-31));
        }
    }

    @Test
    void aReplayAfterTheLoopClosedChangesNothing() throws Exception {
        MockHttpSession session = verified();
        mvc.perform(post("/r/" + token + "/decline").param("reason", "Not taking new clients").session(session)
            .with(csrf()).with(from)).andExpect(status().is3xxRedirection());
        assertThat(current()).isEqualTo(ReferralStatus.DECLINED);

        mvc.perform(post("/r/" + token + "/accept").session(session).with(csrf()).with(from))
            .andExpect(status().isGone())
            .andExpect(content().string(Matchers.containsString("closed")));
        assertThat(current()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referrals.timeline(therapist, referral)).extracting(TimelineEntry::kind)
            .doesNotContain("ACCEPTED");
    }

    @Test
    void theLinkShowsItsOwnReferralOnlyAndItsCodeOpensNoOther() throws Exception {
        Sent other = send("Bernard", "Brown", "Dr Yvonne");
        MockHttpSession session = verified();

        mvc.perform(get("/r/" + token).session(session).with(from))
            .andExpect(content().string(Matchers.containsString("Alice Anderson")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Bernard"))));
        mvc.perform(get("/r/" + other.token()).session(session).with(from))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Bernard"))));
        if (!other.code().equals(code)) {
            mvc.perform(post("/r/" + other.token() + "/code").param("code", code).with(csrf()).with(from))
                .andExpect(status().isBadRequest());
        }
    }

    @Test
    void withdrawnConsentClosesTheLink() throws Exception {
        MockHttpSession session = verified();
        RecipientId x = referrals.addressees(therapist, referral).get(0).recipient().id();
        referrals.withdrawConsent(therapist, referral, x);

        mvc.perform(get("/r/" + token).session(session).with(from)).andExpect(status().isGone());
        mvc.perform(post("/r/" + token + "/accept").session(session).with(csrf()).with(from))
            .andExpect(status().isGone());
        assertThat(current()).isEqualTo(ReferralStatus.SENT);
    }
}
