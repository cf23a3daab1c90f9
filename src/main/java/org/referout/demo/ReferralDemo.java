package org.referout.demo;

import java.util.List;

import org.referout.referral.ConsentGiven;
import org.referout.referral.ConsentMethod;
import org.referout.referral.DataShared;
import org.referout.referral.NewReferral;
import org.referout.referral.RecipientDetails;
import org.referout.referral.RecipientId;
import org.referout.referral.ReferralId;
import org.referout.referral.Referrals;
import org.referout.referral.Urgency;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's referrals (C0): the practice's recipients (a chiropractor, a physical therapist, a family doctor) and
 * referrals in several states — a draft waiting for consent, one sent, one cancelled — all through Referrals.
 */
@Component
@Order(30)
class ReferralDemo implements DemoExtension {

    private final Referrals referrals;

    ReferralDemo(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public void extend(DemoPractice demo) {
        var owner = demo.owner().asCurrentPractice();
        RecipientId chiro = referrals.addRecipient(owner, new RecipientDetails("Dr Casey Morgan", "Morgan Chiropractic",
                "Chiropractor", "111N00000X", null, "casey.morgan@example.org", "555-0142", "12 Elm St", null));
        RecipientId physio = referrals.addRecipient(owner, new RecipientDetails("Jordan Lee, PT", "Lee Physio",
                "Physical therapist", "225100000X", null, "jordan.lee@example.org", "555-0177", "40 Oak Ave", null));
        RecipientId doctor = referrals.addRecipient(owner, new RecipientDetails("Dr Priya Shah", "Riverside Family "
                + "Medicine", "Family doctor (primary care)", "207Q00000X", null, null, "555-0101", null, null));
        List<DemoEpisode> episodes = demo.episodes();
        if (episodes.size() < 3) {
            return;
        }
        DemoEpisode first = episodes.get(0);
        ReferralId sent = referrals.create(first.therapist(), first.episode(), new NewReferral(Urgency.ROUTINE,
                "Pain has not changed in five visits; massage alone is not enough.",
                "Would spinal manipulation or an exercise program help?", "ALERT", List.of(chiro, physio)));
        referrals.recordConsent(first.therapist(), sent, chiro, new ConsentGiven(first.story().firstName() + " "
                + first.story().lastName(), ConsentMethod.IN_PERSON, DataShared.all()));
        referrals.send(first.therapist(), sent, List.of(chiro));

        DemoEpisode second = episodes.get(1);
        referrals.create(second.therapist(), second.episode(), new NewReferral(Urgency.ROUTINE,
                "Getting worse despite treatment: a medical assessment first.", null, "HAND", List.of(doctor)));

        DemoEpisode third = episodes.get(2);
        ReferralId cancelled = referrals.create(third.therapist(), third.episode(), new NewReferral(Urgency.ROUTINE,
                "Second opinion on shoulder pain.", null, "HAND", List.of(physio)));
        referrals.cancel(third.therapist(), cancelled, "The client improved at the next visit.");
    }
}
