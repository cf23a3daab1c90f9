/**
 * The client's data rights (C8): erasure on request (personal data anonymised in every table, aggregate outcomes
 * kept so the dashboard's counts do not move, the act audited) and the de-identified outcomes export for research
 * (pseudonyms, shifted dates, 3-digit ZIP). Owns client_pseudonym. Publishes nothing; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data rights",
        allowedDependencies = { "audit", "client", "practice", "web" })
package org.referout.datarights;
