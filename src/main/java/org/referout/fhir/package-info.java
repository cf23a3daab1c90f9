/**
 * FHIR R4 at the edge (C8): read and search endpoints under {@code /fhir} for the practice's records, the intake
 * questionnaires and their answers, referrals, and the provider directory (national providers and partners), a client's
 * whole record as one Bundle ({@code $everything}, the right of access, also downloadable from the client page at
 * {@code /clients/{id}/record.json}) and the all-or-nothing import of a Bundle
 * of Patients and Observations. HAPI FHIR types never leave this package: mappers turn the feature modules'
 * records into resources and back. Publishes nothing; listens to nothing; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FHIR R4",
        allowedDependencies = { "audit", "client", "clinical", "directory", "episode", "intake", "practice", "referral",
                "web" })
package org.referout.fhir;
