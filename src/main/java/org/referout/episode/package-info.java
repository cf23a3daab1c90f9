/**
 * Episodes of care (one complaint over a series of visits), their PSFS activities, visits with SOAP notes,
 * techniques and outcome scores (C2, R1 validation). Publishes VisitRecorded and EpisodeClosed; listens to nothing.
 * Also renders the client's page and GET /api/v1/clients/{id}, which show episodes (the client module cannot).
 * Clinical content: front desk gets empty results and 404s here, never notes or scores (C1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Episodes and visits",
        allowedDependencies = { "audit", "client", "clinical", "practice", "web" })
package org.referout.episode;
