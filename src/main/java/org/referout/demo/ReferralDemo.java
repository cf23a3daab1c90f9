package org.referout.demo;

import java.util.List;

import org.referout.directory.PartnerForm;
import org.referout.directory.Partners;
import org.referout.practice.CurrentPractice;
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
 * referrals in several states — a draft waiting for consent, one sent, one cancelled — all through Referrals. Each
 * recipient is also one of the practice's referral partners, so the partner pages show their referrals.
 */
@Component
@Order(30)
class ReferralDemo implements DemoExtension {

    private final Referrals referrals;
    private final Partners partners;

    ReferralDemo(Referrals referrals, Partners partners) {
        this.referrals = referrals;
        this.partners = partners;
    }

    @Override
    public void extend(DemoPractice demo) {
        var owner = demo.owner().asCurrentPractice();
        RecipientId chiro = referrals.addRecipient(owner, new RecipientDetails("Dr Casey Morgan", "Morgan Chiropractic",
                "Chiropractor", "111N00000X", null, "casey.morgan@example.org", "555-0142", "12 Elm St",
                partner(owner, "Morgan Chiropractic (Dr Casey Morgan)", "111N00000X", "NECK_PAIN, LOW_BACK_PAIN",
                        "casey.morgan@example.org", "555-0142", "12 Elm St",
                        "Takes our neck-pain clients when massage alone is not enough.")));
        RecipientId physio = referrals.addRecipient(owner, new RecipientDetails("Jordan Lee, PT", "Lee Physio",
                "Physical therapist", "225100000X", null, "jordan.lee@example.org", "555-0177", "40 Oak Ave",
                partner(owner, "Lee Physio (Jordan Lee, PT)", "225100000X", "NECK_PAIN, SHOULDER, SPORTS_INJURY",
                        "jordan.lee@example.org", "555-0177", "40 Oak Ave", "Exercise programs; reports back by e-mail.")));
        RecipientId doctor = referrals.addRecipient(owner, new RecipientDetails("Dr Priya Shah", "Riverside Family "
                + "Medicine", "Family doctor (primary care)", "207Q00000X", null, null, "555-0101", null,
                partner(owner, "Riverside Family Medicine (Dr Priya Shah)", "207Q00000X", "HEADACHE, OTHER", null,
                        "555-0101", null, "For headaches that get worse and anything that needs a medical work-up.")));
        if (demo.episodes().stream().noneMatch(e -> e.story().lastName().equals("Dubois"))) {
            return;
        }
        DemoEpisode chloe = demo.episodeOf("Dubois");
        ReferralId sent = referrals.create(chloe.therapist(), chloe.episode(), new NewReferral(Urgency.ROUTINE,
                "Neck pain has not changed in eight visits; massage alone is not enough.",
                "Would spinal manipulation or an exercise program help?", "ALERT", List.of(chiro, physio)));
        referrals.recordConsent(chloe.therapist(), sent, chiro, new ConsentGiven(chloe.story().firstName() + " "
                + chloe.story().lastName(), ConsentMethod.IN_PERSON, DataShared.all()));
        referrals.send(chloe.therapist(), sent, List.of(chiro));

        DemoEpisode greg = demo.episodeOf("Olsen");
        referrals.create(greg.therapist(), greg.episode(), new NewReferral(Urgency.ROUTINE,
                "Headaches getting worse despite treatment: a medical assessment first.", null, "HAND",
                List.of(doctor)));

        DemoEpisode priya = demo.episodeOf("Natarajan");
        ReferralId cancelled = referrals.create(priya.therapist(), priya.episode(), new NewReferral(Urgency.ROUTINE,
                "Second opinion on shoulder pain.", null, "HAND", List.of(physio)));
        referrals.cancel(priya.therapist(), cancelled, "The client wants to try four more weeks of massage first.");
    }

    /** The recipient as a referral partner of the practice, so its page counts the referrals sent to it. */
    private long partner(CurrentPractice owner, String name, String taxonomyCode, String complaints, String email,
            String phone, String address, String notes) {
        return partners.create(owner, new PartnerForm(null, name, taxonomyCode, complaints, "", "English", "", true,
                null, phone, email, address, "New York", "NY", "10011", notes, "", null));
    }
}
