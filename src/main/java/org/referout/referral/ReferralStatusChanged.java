package org.referout.referral;

import org.referout.episode.EpisodeId;
import org.referout.practice.PracticeId;

/** Published in the transaction that moves a referral (insights and FHIR Task status listen). */
public record ReferralStatusChanged(PracticeId practice, ReferralId referral, EpisodeId episode, ReferralStatus from,
        ReferralStatus to) {
}
