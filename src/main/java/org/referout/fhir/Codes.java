package org.referout.fhir;

/** Code systems and identifiers ReferOut's resources use, in one place so that export and import agree. */
final class Codes {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    /** R1: PSFS and GROC have no LOINC code, so ReferOut names them in its own code system. */
    static final String MEASURES = "https://referout.org/fhir/CodeSystem/measures";
    static final String CODE_SYSTEM = "https://referout.org/fhir/CodeSystem/";
    static final String COMPLAINTS = CODE_SYSTEM + "complaints";
    /** Canonical URLs of the intake questionnaires: the same on every server, like the questions themselves. */
    static final String QUESTIONNAIRE = "https://referout.org/fhir/Questionnaire/";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    /** A referral partner's REST id (/api/v1/partners/{id}). */
    static final String PARTNER_ID = "https://referout.org/fhir/sid/partner";
    static final String NUCC = "http://nucc.org/provider-taxonomy";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    /** Identifier systems: a record's REST API id, so a FHIR id can be traced back to /api/v1. */
    static final String CLIENT_ID = "https://referout.org/fhir/sid/client";
    static final String USER_ID = "https://referout.org/fhir/sid/user";

    static final String NPRS = "72514-3";
    static final String PEG_PANEL = "91148-7";
    static final String PEG_MEAN = "91147-9";
    /** PEG items in R1 order: average pain, enjoyment of life, general activity. */
    static final String[] PEG_ITEMS = { "75893-8", "91145-3", "91146-1" };

    static final String FHIR_JSON = "application/fhir+json";

    private Codes() {
    }
}
