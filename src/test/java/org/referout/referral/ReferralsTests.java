package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referout.practice.CurrentPractice;
import org.referout.support.MutableClock;
import org.referout.support.ReferOutTest;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.referout.web.BadRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

@ReferOutTest
@Import(ReferralFixtures.class)
class ReferralsTests {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    @Autowired
    Referrals referrals;
    @Autowired
    RecipientDesk desk;
    @Autowired
    TestPractices practices;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    ReferralMail mailer;
    @Autowired
    LinkRepository links;

    CurrentPractice therapist;
    ReferralFixtures.Plateau plateau;

    @BeforeEach
    void setUp() throws Exception {
        mail.purgeEmailFromAllMailboxes();
        therapist = practices.newPractice("Refer").therapist().asCurrentPractice();
        plateau = fixtures.plateau(therapist, "Dana", "Plateau");
    }

    RecipientId chiropractor(String name) {
        return referrals.addRecipient(therapist, RecipientDetails.byHand(name, "Chiropractor",
                name.toLowerCase().replace(' ', '.') + "@chiro.test", null));
    }

    ReferralId draft(RecipientId... recipients) {
        return referrals.create(therapist, plateau.episode(), new NewReferral(Urgency.ROUTINE,
                "No change in pain after five visits (NPRS 7 to 6)", "Please assess for a spinal cause.", "HAND",
                List.of(recipients)));
    }

    /** A draft to x alone, with the client's consent for everything, sent. */
    ReferralId sentTo(RecipientId x) {
        ReferralId id = draft(x);
        referrals.recordConsent(therapist, id, x, new ConsentGiven("Dana Plateau", ConsentMethod.IN_PERSON,
                DataShared.all()));
        referrals.send(therapist, id, List.of(x));
        return id;
    }

    @Test
    void withoutConsentNothingIsSentAndNoLinkExists() {
        RecipientId x = chiropractor("Dr Xavier");
        ReferralId id = draft(x);

        assertThatThrownBy(() -> referrals.send(therapist, id, List.of()))
            .isInstanceOf(BadRequestException.class)
            .hasMessageContaining("consent");
        assertThatThrownBy(() -> referrals.send(therapist, id, List.of(x)))
            .isInstanceOf(BadRequestException.class)
            .hasMessageContaining("no consent");

        assertThat(mail.waitForIncomingEmail(500, 1)).isFalse();
        assertThat(referrals.credentials(therapist, id, x)).isEmpty();
        assertThat(referrals.find(therapist, id).orElseThrow().status()).isEqualTo(ReferralStatus.DRAFT);
    }

    @Test
    void consentForXDoesNotAllowY() throws Exception {
        RecipientId x = chiropractor("Dr Xavier");
        RecipientId y = chiropractor("Dr Yvonne");
        ReferralId id = draft(x, y);
        referrals.recordConsent(therapist, id, x, new ConsentGiven("Dana Plateau", ConsentMethod.IN_PERSON,
                DataShared.all()));

        assertThatThrownBy(() -> referrals.send(therapist, id, List.of(y)))
            .hasMessageContaining("no consent from the client to share with Dr Yvonne");
        assertThatThrownBy(() -> referrals.send(therapist, id, List.of(x, y))).isInstanceOf(BadRequestException.class);
        assertThat(mail.waitForIncomingEmail(500, 1)).isFalse();

        List<Recipient> sent = referrals.send(therapist, id, List.of());

        assertThat(sent).extracting(Recipient::name).containsExactly("Dr Xavier");
        // the link and, separately, the code
        assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(2)
            .allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("dr.xavier@chiro.test"));
        assertThat(referrals.credentials(therapist, id, x)).isPresent();
        assertThat(referrals.credentials(therapist, id, y)).isEmpty();
    }

    @Test
    void theMailCarriesTheLinkAndNoClinicalDetails() throws Exception {
        RecipientId x = chiropractor("Dr Xavier");
        ReferralId id = sentTo(x);

        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        String body = GreenMailUtil.getBody(message);
        var credentials = referrals.credentials(therapist, id, x).orElseThrow();
        assertThat(body).contains(credentials.path());
        assertThat(body + message.getSubject()).doesNotContain("Dana", "Plateau", "pain", "NPRS", "spinal", "back",
                credentials.code());
    }

    @Test
    void theRecipientClosesTheLoopStepByStepAndTheSenderSeesEveryStep() {
        RecipientId x = chiropractor("Dr Xavier");
        ReferralId id = sentTo(x);
        var credentials = referrals.credentials(therapist, id, x).orElseThrow();
        String token = credentials.path().substring("/r/".length());

        assertThat(desk.verify(token, "00000000".equals(credentials.code()) ? "11111111" : "00000000")).isFalse();
        assertThat(desk.verify(token, credentials.code())).isTrue();
        desk.accept(token);
        desk.schedule(token, LocalDate.now(clock).plusDays(3));
        assertThatThrownBy(() -> desk.report(token, "too early", null)).hasMessageContaining("after marking the client as seen");
        desk.seen(token);
        desk.report(token, "Lumbar facet irritation; manipulation plus exercises.", "4");

        Referral referral = referrals.find(therapist, id).orElseThrow();
        assertThat(referral.status()).isEqualTo(ReferralStatus.SEEN);
        assertThat(referral.reportPain()).isEqualTo(4);
        assertThat(referrals.timeline(therapist, id)).extracting(TimelineEntry::kind)
            .containsSubsequence("DRAFTED", "CONSENT_RECORDED", "SENT", "SENT_TO", "OPENED", "ACCEPTED", "SCHEDULED",
                    "SEEN", "REPORTED");
        assertThat(referrals.notices(therapist)).extracting(TimelineEntry::kind)
            .contains("ACCEPTED", "SCHEDULED", "SEEN", "REPORTED");

        referrals.close(therapist, id, "Thanks", false);
        assertThat(desk.open(token).problem()).isEqualTo(RecipientDesk.Problem.CLOSED);
        assertThatThrownBy(() -> desk.accept(token)).isInstanceOf(RecipientDesk.LinkUnusableException.class);
    }

    @Test
    void overdueLoopsRaiseAReminderThenAskTheClient() throws Exception {
        RecipientId x = chiropractor("Dr Xavier");
        ReferralId id = sentTo(x);
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();

        clock.advance(Duration.ofDays(6));
        referrals.checkOverdue();
        assertThat(referrals.overdue(therapist)).isEmpty();

        clock.advance(Duration.ofDays(2));
        referrals.checkOverdue();
        assertThat(referrals.overdue(therapist)).extracting(OverdueReferral::id).containsExactly(id);
        assertThat(referrals.timeline(therapist, id)).extracting(TimelineEntry::kind).containsOnlyOnce("REMINDER");
        referrals.checkOverdue();
        assertThat(referrals.timeline(therapist, id)).extracting(TimelineEntry::kind).containsOnlyOnce("REMINDER");
        assertThat(mail.getReceivedMessagesForDomain(plateau.email())).isEmpty();

        clock.advance(Duration.ofDays(7));
        referrals.checkOverdue();
        // Other tests' referrals share the database and the clock, so look only at this client's mailbox.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
            .until(() -> mail.getReceivedMessagesForDomain(plateau.email()).length == 1);
        MimeMessage toClient = mail.getReceivedMessagesForDomain(plateau.email())[0];
        assertThat(GreenMailUtil.getBody(toClient)).contains("/r/c/");
        assertThat(referrals.timeline(therapist, id)).extracting(TimelineEntry::kind).contains("CLIENT_ASKED");
    }

    /** Q: after a crash the event log re-delivers LinkIssued; the link is mailed and noted once, not twice. */
    @Test
    void aReDeliveredLinkIssuedMailsOnce() throws Exception {
        RecipientId x = chiropractor("Dr Xavier");
        ReferralId id = sentTo(x);
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        Link link = links.current(therapist.id(), id, x, Link.Kind.RECIPIENT).orElseThrow();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> referrals.timeline(therapist, id)
            .stream().anyMatch(e -> e.kind().equals("MAILED")));

        int before = mail.getReceivedMessagesForDomain("dr.xavier@chiro.test").length;
        mailer.on(new LinkIssued(therapist.id(), id, link.id(), "dr.xavier@chiro.test"));

        // the server is shared by this class's tests: count what went to this recipient, not every message
        mail.waitForIncomingEmail(1500, mail.getReceivedMessages().length + 1);
        assertThat(mail.getReceivedMessagesForDomain("dr.xavier@chiro.test")).hasSize(before);
        assertThat(referrals.timeline(therapist, id)).extracting(TimelineEntry::kind).containsOnlyOnce("MAILED");
    }

    @Test
    void anotherPracticeSeesNothing() {
        RecipientId x = chiropractor("Dr Xavier");
        ReferralId id = draft(x);
        CurrentPractice stranger = practices.newPractice("Other").therapist().asCurrentPractice();

        assertThat(referrals.find(stranger, id)).isEmpty();
        assertThat(referrals.timeline(stranger, id)).isEmpty();
        assertThat(referrals.addressees(stranger, id)).isEmpty();
        assertThat(referrals.credentials(stranger, id, x)).isEmpty();
        assertThatThrownBy(() -> referrals.send(stranger, id, List.of()))
            .isInstanceOf(org.referout.web.NotFoundException.class);
    }
}
