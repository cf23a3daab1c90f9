/**
 * Referrals with a closed loop (C6): the referral and its lifecycle ({@link org.referout.referral.ReferralStatus}
 * owns the transition table), the practice's recipients, the client's consent per referral and recipient, the
 * letter and client-handout PDFs, the recipient's anonymous link ({@code /r/{token}} plus a verification code) and
 * the client's follow-up link ({@code /r/c/{token}}), the timeline with the sender's notices, overdue reminders,
 * and inbound referrals between ReferOut practices. Front door: {@link org.referout.referral.Referrals}.
 * Publishes {@link org.referout.referral.ReferralStatusChanged} and {@link org.referout.referral.LinkIssued} (its
 * own after-commit listener mails the link). Reads episodes, clients, intake's red-flag screen, progress' chart and
 * the clinical core's R6 advice; supplies directory's PartnerOutcomes and searches the directory near the client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals",
        allowedDependencies = { "audit", "chart", "client", "clinical", "directory", "episode", "intake", "pdf", "practice", "progress", "web" })
package org.referout.referral;
