package org.referout.referral;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.referout.directory.Partner;
import org.referout.directory.PartnerReferrals;
import org.referout.practice.CurrentPractice;
import org.springframework.stereotype.Component;

/** Hands the directory's partner pages their referral statistics, through the front door's query. */
@Component
class PartnerStatistics implements PartnerReferrals {

    private final Referrals referrals;

    PartnerStatistics(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Map<Long, Statistics> statistics(CurrentPractice by, List<Partner> partners) {
        Map<Long, Long> npiByPartner = new HashMap<>();
        partners.forEach(partner -> npiByPartner.put(partner.id(), partner.npi()));
        return referrals.partnerStatistics(by, npiByPartner);
    }
}
