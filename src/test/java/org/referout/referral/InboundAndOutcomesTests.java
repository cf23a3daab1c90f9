package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.directory.PartnerOutcomes;
import org.referout.episode.Episodes;
import org.referout.support.MutableClock;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Inbound referrals between two ReferOut practices, and the outcomes that feed the directory's ranking. */
@ReferOutTest
@Import(ReferralFixtures.class)
class InboundAndOutcomesTests {

    @Autowired
    Referrals referrals;
    @Autowired
    Inboxes inboxes;
    @Autowired
    RecipientDesk desk;
    @Autowired
    PartnerOutcomes outcomes;
    @Autowired
    Episodes episodes;
    @Autowired
    TestPractices practices;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    MutableClock clock;

    @Test
    void aReferralToAReferOutTherapistLandsInTheirInboxWithConsentedDataOnlyAndBecomesAnEpisode() {
        var sender = practices.newPractice("Sender").therapist().asCurrentPractice();
        var receiving = practices.withVerifiedEmail(practices.newPractice("Receiver").therapist());
        var plateau = fixtures.plateau(sender, "Erin", "Inbound");
        RecipientId colleague = referrals.addRecipient(sender, RecipientDetails.byHand(receiving.displayName(),
                "Massage therapist", receiving.email().toUpperCase(), null));
        inboxes.deliverToInbox(sender, colleague, true);
        ReferralId id = referrals.create(sender, plateau.episode(), new NewReferral(Urgency.ROUTINE,
                "A colleague with another approach", null, "HAND", List.of(colleague)));
        assertThat(inboxes.inbox(receiving.asCurrentPractice())).isEmpty();
        referrals.recordConsent(sender, id, colleague, new ConsentGiven("Erin Inbound", ConsentMethod.IN_PERSON,
                new DataShared(true, false, false, false, false)));
        referrals.send(sender, id, List.of(colleague));

        var inbox = inboxes.inbox(receiving.asCurrentPractice());
        assertThat(inbox).hasSize(1);
        InboundReferral inbound = inbox.get(0);
        assertThat(inbound.summary().clientName()).isEqualTo("Erin Inbound");
        assertThat(inbound.summary().complaint()).isEqualTo("Low back pain");
        assertThat(inbound.summary().scores()).isEmpty();
        assertThat(inbound.summary().notes()).isEmpty();

        var stranger = practices.newPractice("Stranger").therapist().asCurrentPractice();
        assertThatThrownBy(() -> inboxes.importInbound(stranger, inbound.fromPractice(), id))
            .isInstanceOf(NotFoundException.class);

        var episode = inboxes.importInbound(receiving.asCurrentPractice(), inbound.fromPractice(), id);
        assertThat(episodes.find(receiving.asCurrentPractice(), episode).orElseThrow().complaint().name())
            .isEqualTo("LOW_BACK_PAIN");
        assertThatThrownBy(() -> inboxes.importInbound(receiving.asCurrentPractice(), inbound.fromPractice(), id))
            .isInstanceOf(BadRequestException.class);
        assertThat(referrals.timeline(sender, id)).extracting(TimelineEntry::kind).contains("RECEIVED");
    }

    @Test
    void partnerOutcomesCountReferralsAnswersAndTimesPerNpi() {
        var therapist = practices.newPractice("Outcomes").therapist().asCurrentPractice();
        long npi = 1_234_567_893L;
        RecipientId chiro = referrals.addRecipient(therapist, new RecipientDetails("Dr Npi", null, "Chiropractor",
                "111N00000X", npi, "npi@chiro.test", null, null, null));
        assertThat(referrals.addRecipient(therapist, new RecipientDetails("Dr Npi again", null, null, null, npi,
                "other@chiro.test", null, null, null))).isEqualTo(chiro);

        for (String last : List.of("One", "Two")) {
            var plateau = fixtures.plateau(therapist, "Olive", last);
            ReferralId id = referrals.create(therapist, plateau.episode(), new NewReferral(Urgency.ROUTINE,
                    "Plateau", null, "HAND", List.of(chiro)));
            referrals.recordConsent(therapist, id, chiro, new ConsentGiven("Olive " + last, ConsentMethod.IN_PERSON,
                    DataShared.all()));
            referrals.send(therapist, id, List.of(chiro));
            String token = referrals.credentials(therapist, id, chiro).orElseThrow().path().substring(3);
            clock.advance(Duration.ofDays(2));
            if (last.equals("One")) {
                desk.accept(token);
                clock.advance(Duration.ofDays(4));
                desk.seen(token);
            }
            else {
                desk.decline(token, "Not taking new clients");
            }
        }

        var signal = outcomes.signals(therapist.id(), List.of(npi, 999L));
        assertThat(signal).containsOnlyKeys(npi);
        assertThat(signal.get(npi).partner()).isTrue();
        assertThat(signal.get(npi).referrals()).isEqualTo(2);
        assertThat(signal.get(npi).helpedRate()).isNull();
        assertThat(signal.get(npi).summary()).contains("2 referrals: 1 accepted, 1 declined", "median 2 days to answer",
                "6 days to be seen");
        assertThat(outcomes.signals(practices.newPractice("Else").id(), List.of(npi))).isEmpty();
    }
}
