/**
 * Intake and red-flag screening (C4, R5): one-time intake links (and QR codes) a client opens without an account,
 * the multi-step questionnaire with saved progress, the red-flag screen with its banner, clearing flags, and the
 * treatment override. Writes the client's details through Clients and the episode and its baseline through Episodes.
 * Supplies episode's VisitGuard (overrideReason) and progress's EpisodeRedFlags. Publishes nothing; listens to
 * nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake and red flags",
        allowedDependencies = { "audit", "client", "clinical", "directory", "episode", "practice", "progress", "web" })
package org.referout.intake;
