package org.referout.insights;

import java.util.List;

import org.referout.clinical.Complaint;
import org.referout.practice.PracticeId;

/**
 * Referral partners whose referred clients did best for a complaint, for the continuing-education suggestions.
 * The referral module does not yet publish outcomes per partner and complaint, so the only implementation is
 * {@link NoPartnerOutcomesYet}, which knows none; when referral publishes them, implement this over its front door
 * (insights may depend on referral, not the other way round).
 */
interface ComplaintPartners {

    /** A partner and how their referred clients with this complaint did, best first. */
    record Partner(String name, String providerType, int referred, int improved) {
    }

    List<Partner> bestFor(PracticeId practice, Complaint complaint);
}
