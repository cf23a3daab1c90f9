/**
 * Practice insights and therapist well-being (C7): the caseload dashboard ({@code /insights}), the timely-referral
 * quality measure, the perspective panel (R8), continuing-education suggestions (for the practice and per
 * therapist), the client progress report PDF ({@code /episodes/{id}/report.pdf}), the client's whole record as a
 * readable PDF ({@code /clients/{id}/record.pdf}, read through Episodes and Referrals) and the private burnout self-check (R9, {@code /insights/burnout},
 * {@code /api/v1/me/burnout}).
 * <p>
 * Publishes {@link org.referout.insights.Insights} and {@link org.referout.insights.BurnoutChecks} (a user's own
 * checks and the three-monthly retake reminder, which it also puts on the home page's model as
 * {@code burnoutReminder} for the fragment {@code insights/reminder :: burnout-reminder}). Listens to no events:
 * every number is computed on request by replaying stored scores through the clinical core with the practice's
 * curves from progress. Reads decided alerts and referrals through one adapter, {@code StoredEpisodeReviews}, until
 * progress and referral publish a bulk query. Burnout answers belong to the user who gave them and are never shown
 * to anyone else, exported, or written to the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights",
        allowedDependencies = { "audit", "chart", "client", "clinical", "episode", "pdf", "practice", "progress", "referral", "web" })
package org.referout.insights;
