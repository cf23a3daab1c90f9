package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referout.support.DatabaseTest;
import org.referout.support.TestMail;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 15 item 4, the loop-closure question (C6): e-mailed over SMTP with the practice's name on one line and no
 * health data; asking again cancels the earlier question; the client page says it was sent, to which address, and
 * whether the client answered.
 */
@DatabaseTest
@Import(ReferralFixtures.class)
class ClientQuestionSentTests {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestMail.pointAt(mail, registry);
    }

    private static final Pattern LINK = Pattern.compile("/r/c/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    Referrals referrals;
    @Autowired
    TestPractices practices;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Team team;
    ReferralFixtures.Plateau plateau;
    ReferralId referral;

    @BeforeEach
    void sent() throws Exception {
        mail.purgeEmailFromAllMailboxes();
        team = practices.newPractice("Loop");
        var therapist = team.therapist().asCurrentPractice();
        plateau = fixtures.plateau(therapist, "Dana", "Plateau");
        RecipientId x = referrals.addRecipient(therapist, RecipientDetails.byHand("Dr Xavier", "Chiropractor",
                "xavier-" + System.nanoTime() + "@chiro.test", null));
        referral = referrals.create(therapist, plateau.episode(), new NewReferral(Urgency.ROUTINE,
                "No change in pain after five visits", "Please assess.", "HAND", List.of(x)));
        referrals.recordConsent(therapist, referral, x, new ConsentGiven("Dana Plateau", ConsentMethod.IN_PERSON,
                DataShared.all()));
        referrals.send(therapist, referral, List.of(x));
        jdbc.sql("update practice set name = :n where id = :p")
            .param("n", "Loop Massage\r\nBcc: thief@example.org")
            .param("p", team.id().value())
            .update();
    }

    MimeMessage[] toClient(int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
            .until(() -> mail.getReceivedMessagesForDomain(plateau.email()).length >= count);
        return mail.getReceivedMessagesForDomain(plateau.email());
    }

    static String token(MimeMessage message) {
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void theQuestionIsMailedAndTheClientPageSaysWhereAndWhetherItWasAnswered() throws Exception {
        referrals.askClient(team.therapist().asCurrentPractice(), referral);
        MimeMessage message = toClient(1)[0];
        assertThat(message.getSubject()).doesNotContain("\r", "\n").startsWith("Loop Massage  Bcc: thief@example.org");
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(plateau.email());
        assertThat(message.getSubject() + GreenMailUtil.getBody(message)).doesNotContain("Dana", "pain", "back",
                "Xavier", "Chiropractor");

        mvc.perform(get("/clients/" + plateau.client()).with(as(team.therapist())))
            .andExpect(content().string(containsString("Question after the referral")))
            .andExpect(content().string(containsString("E-mailed to " + plateau.email() + " on ")))
            .andExpect(content().string(containsString("Waiting for the answer, until")));

        mvc.perform(post("/r/c/" + token(message)).param("booked", "true").param("seen", "true")
                .param("helped", "YES").with(csrf()))
            .andExpect(status().isOk());
        mvc.perform(get("/clients/" + plateau.client()).with(as(team.therapist())))
            .andExpect(content().string(containsString("Answered on")));
    }

    @Test
    void askingAgainCancelsTheEarlierQuestion() throws Exception {
        var therapist = team.therapist().asCurrentPractice();
        referrals.askClient(therapist, referral);
        String first = token(toClient(1)[0]);
        referrals.askClient(therapist, referral);
        MimeMessage[] both = toClient(2);
        String second = token(both[0]).equals(first) ? token(both[1]) : token(both[0]);
        assertThat(second).isNotEqualTo(first);

        mvc.perform(get("/r/c/" + first)).andExpect(status().isNotFound());
        mvc.perform(get("/r/c/" + second)).andExpect(status().isOk());
        mvc.perform(get("/clients/" + plateau.client()).with(as(team.therapist())))
            .andExpect(content().string(containsString("Replaced by a newer question")));
    }
}
