/**
 * Progress: evaluates episodes against the clinical rules from their stored scores (Progress: now and after each
 * visit), keeps each practice's expected-recovery curves in memory (refit from closed episodes, seeded by the
 * built-in reference cohort), raises alerts and keeps the acknowledged decisions with the off-track review
 * (Alerts), draws the progress chart (ProgressChart, reused by referral letters and reports), and renders the
 * home page and the episode page. Listens to VisitRecorded (alerts) and EpisodeClosed (curve refit); publishes
 * nothing. Supplies episode's VisitEvaluations; declares EpisodeRedFlags for the module that keeps red flags.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress and alerts",
        allowedDependencies = { "audit", "chart", "client", "clinical", "episode", "practice", "web" })
package org.referout.progress;
