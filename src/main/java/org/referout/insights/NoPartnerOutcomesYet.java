package org.referout.insights;

import java.util.List;

import org.referout.clinical.Complaint;
import org.referout.practice.PracticeId;
import org.springframework.stereotype.Component;

/** The empty default of {@link ComplaintPartners}: no partner outcomes are recorded yet, so none is named. */
@Component
class NoPartnerOutcomesYet implements ComplaintPartners {

    @Override
    public List<Partner> bestFor(PracticeId practice, Complaint complaint) {
        return List.of();
    }
}
