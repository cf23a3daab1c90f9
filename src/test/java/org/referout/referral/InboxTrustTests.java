package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referout.practice.CurrentPractice;
import org.referout.practice.Practices;
import org.referout.practice.User;
import org.referout.support.ReferOutTest;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * An e-mail address is an identity only once verified (C1): the inbound inbox must never trust an address that
 * somebody merely typed. Replays the reported attack (sign up with a recipient's address, read and import the
 * client) and proves the two legitimate routes: the sender's delivery to a verified address, and a claim with the
 * link and its code.
 */
@ReferOutTest
@Import(ReferralFixtures.class)
class InboxTrustTests {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    @Autowired
    Referrals referrals;
    @Autowired
    Inboxes inboxes;
    @Autowired
    Practices practiceService;
    @Autowired
    TestPractices practices;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    MockMvc mvc;

    record Sent(CurrentPractice sender, ReferralId id, RecipientId recipient) {
    }

    private Sent referralTo(String email, boolean deliverToInbox) {
        var sender = practices.newPractice("Sender").therapist().asCurrentPractice();
        var plateau = fixtures.plateau(sender, "Casey", "Client");
        RecipientId recipient = referrals.addRecipient(sender, RecipientDetails.byHand("Casey Morgan",
                "Physical therapist", email, null));
        inboxes.deliverToInbox(sender, recipient, deliverToInbox);
        ReferralId id = referrals.create(sender, plateau.episode(), new NewReferral(Urgency.ROUTINE, "Plateau", null,
                "HAND", List.of(recipient)));
        referrals.recordConsent(sender, id, recipient, new ConsentGiven("Casey Client", ConsentMethod.IN_PERSON,
                DataShared.all()));
        referrals.send(sender, id, List.of(recipient));
        return new Sent(sender, id, recipient);
    }

    private CurrentPractice signUpAs(String email) {
        User owner = practiceService.signUp(new org.referout.practice.NewPractice("Attacker Massage", "Mallory",
                email, TestPractices.PASSWORD));
        return owner.asCurrentPractice();
    }

    @Test
    void signingUpWithARecipientsAddressShowsAndImportsNothing() {
        String email = "casey-" + System.nanoTime() + "@example.org";
        Sent sent = referralTo(email, true);
        CurrentPractice attacker = signUpAs(email);

        assertThat(inboxes.inbox(attacker)).isEmpty();
        assertThatThrownBy(() -> inboxes.importInbound(attacker, sent.sender().id(), sent.id()))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inboxes.claim(attacker, "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "123456"))
            .isInstanceOf(BadRequestException.class)
            .hasMessageContaining("confirm your e-mail address");
    }

    @Test
    void aVerifiedAddressSeesNothingTheSenderDidNotDeliverToItsInbox() {
        String email = "casey-" + System.nanoTime() + "@example.org";
        Sent sent = referralTo(email, false);
        CurrentPractice owner = signUpAs(email);
        practices.withVerifiedEmail(practiceService.userByEmail(email).orElseThrow());

        assertThat(inboxes.inbox(owner)).isEmpty();
        assertThatThrownBy(() -> inboxes.importInbound(owner, sent.sender().id(), sent.id()))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMailedLinkVerifiesTheAddressAndTheDeliveredReferralAppears() throws Exception {
        String email = "casey-" + System.nanoTime() + "@example.org";
        Sent sent = referralTo(email, true);
        mvc.perform(post("/signup").with(csrf()).param("practiceName", "Casey Physio")
            .param("ownerName", "Casey Morgan").param("ownerEmail", email).param("password", TestPractices.PASSWORD))
            .andExpect(status().isOk());
        User caseyUser = practiceService.userByEmail(email).orElseThrow();
        CurrentPractice casey = caseyUser.asCurrentPractice();
        assertThat(inboxes.inbox(casey)).isEmpty();
        mvc.perform(get("/referrals/inbox").with(TestPractices.as(caseyUser)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Confirm your e-mail address first")));

        String link = verificationLink(email);
        mvc.perform(get(link)).andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Your e-mail address is confirmed")));
        mvc.perform(get(link)).andExpect(status().isNotFound());

        assertThat(inboxes.inbox(casey)).extracting(InboundReferral::id).containsExactly(sent.id());
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email)
                .param("password", TestPractices.PASSWORD))
            .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
        mvc.perform(get("/referrals/inbox").session(session))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Casey Client")));
    }

    @Test
    void aVerifiedUserAddsAReferralByItsLinkAndCodeAndAWrongCodeAddsNothing() {
        Sent sent = referralTo("someone-else-" + System.nanoTime() + "@example.org", false);
        var colleague = practices.newPractice("Colleague").therapist();
        practices.withVerifiedEmail(colleague);
        CurrentPractice by = colleague.asCurrentPractice();
        var credentials = referrals.credentials(sent.sender(), sent.id(), sent.recipient()).orElseThrow();
        String wrong = credentials.code().equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> inboxes.claim(by, "https://referout.example" + credentials.path(), wrong))
            .isInstanceOf(BadRequestException.class);
        assertThat(inboxes.inbox(by)).isEmpty();

        inboxes.claim(by, "https://referout.example" + credentials.path(), credentials.code());
        assertThat(inboxes.inbox(by)).extracting(InboundReferral::id).containsExactly(sent.id());
        inboxes.claim(by, credentials.path(), credentials.code());
        assertThat(inboxes.inbox(by)).hasSize(1);
    }

    @Test
    void erasingTheClientAtTheSenderLeavesTheRecipientsInboxWorking() throws Exception {
        String email = "casey-" + System.nanoTime() + "@example.org";
        Sent sent = referralTo(email, true);
        CurrentPractice casey = signUpAs(email);
        User caseyUser = practices.withVerifiedEmail(practiceService.userByEmail(email).orElseThrow());
        assertThat(inboxes.inbox(casey)).hasSize(1);
        var referral = referrals.find(sent.sender(), sent.id()).orElseThrow();
        User owner = practiceService.users(sent.sender().id()).stream()
            .filter(u -> u.role() == org.referout.practice.Role.OWNER).findFirst().orElseThrow();
        mvc.perform(post("/api/v1/clients/" + referral.client() + "/erasure")
                .with(TestPractices.bearer(practices.token(owner))))
            .andExpect(status().isNoContent());

        assertThat(inboxes.inbox(casey)).as("nothing personal is left to show").isEmpty();
        mvc.perform(get("/referrals/inbox").with(TestPractices.as(caseyUser))).andExpect(status().isOk());
    }

    @Test
    void aVerificationLinkForAnOldAddressVerifiesNothing() {
        assertThat(practiceService.verifyEmail("not-a-token")).isEmpty();
        assertThat(practiceService.verifyEmail(null)).isEmpty();
    }

    private static String verificationLink(String email) {
        return TestMail.link(mail, email, "/signup/verify/");
    }
}
