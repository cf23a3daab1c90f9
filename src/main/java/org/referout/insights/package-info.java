/**
 * Practice insights and therapist well-being (C7): the caseload dashboard, the timely-referral quality measure,
 * the perspective panel (R8), continuing-education suggestions, the client progress report PDF, and the private
 * burnout self-check (R9).
 * <p>
 * Publishes {@link org.referout.insights.BurnoutChecks} (a user's own checks and the retake reminder, which the
 * home page shows) and {@link org.referout.insights.Insights}. Listens to no events: everything is computed from
 * stored scores when asked. Burnout answers belong to the user who gave them and are never shown to anyone else,
 * exported, or written to the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package org.referout.insights;
