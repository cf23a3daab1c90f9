package org.referout.clinical;

/**
 * The provider types R6 refers to, by NUCC Health Care Provider Taxonomy code (C5: the directory selects
 * providers by these codes), each with a friendly label.
 */
public enum ProviderType {
    EMERGENCY_MEDICINE("207P00000X", "Emergency department"),
    FAMILY_MEDICINE("207Q00000X", "Family doctor (primary care)"),
    INTERNAL_MEDICINE("207R00000X", "Internal medicine doctor (primary care)"),
    SPORTS_MEDICINE("207QS0010X", "Sports medicine doctor"),
    SPINE_PAIN_MEDICINE("2081P2900X", "Spine and pain doctor (rehabilitation medicine)"),
    REHABILITATION_MEDICINE("208100000X", "Rehabilitation medicine doctor"),
    PHYSICAL_THERAPIST("225100000X", "Physical therapist"),
    CHIROPRACTOR("111N00000X", "Chiropractor"),
    MASSAGE_THERAPIST("225700000X", "Massage therapist partner for this complaint"),
    NEUROLOGIST("2084N0400X", "Neurologist"),
    ACUPUNCTURIST("171100000X", "Acupuncturist"),
    RHEUMATOLOGIST("207RR0500X", "Rheumatologist"),
    PAIN_MEDICINE("208VP0000X", "Pain medicine doctor"),
    PSYCHOLOGIST("103T00000X", "Psychologist"),
    COUNSELLOR("101YM0800X", "Mental health counsellor"),
    DENTIST("122300000X", "Dentist"),
    OBSTETRICIAN("207V00000X", "Obstetrician or gynaecologist"),
    MIDWIFE("367A00000X", "Nurse midwife");

    private final String nuccCode;
    private final String label;

    ProviderType(String nuccCode, String label) {
        this.nuccCode = nuccCode;
        this.label = label;
    }

    /** The NUCC taxonomy code, e.g. "207Q00000X". */
    public String nuccCode() {
        return nuccCode;
    }

    public String label() {
        return label;
    }
}
