/**
 * Referrals with a closed loop (C6): the referral, its recipients, the client's consent per recipient, the
 * letter and client handout PDFs, the recipient's and the client's anonymous links, the timeline, overdue
 * reminders and inbound referrals. Front door: {@link org.referout.referral.Referrals}. Publishes
 * {@link org.referout.referral.ReferralStatusChanged} and {@link org.referout.referral.LinkIssued} (mail goes out
 * after commit). Supplies directory's PartnerOutcomes from the outcomes of past referrals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.referout.referral;
