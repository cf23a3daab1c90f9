package org.referout.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of provider a client is referred to (R6) and the directory searches by (C5), over NUCC Health Care
 * Provider Taxonomy codes, each with one friendly label.
 * <p>
 * A type has the one NUCC code R6 names ({@link #nuccCode()}) and the code prefixes the directory files providers
 * under: a type selects every code starting with one of its prefixes, a full 10-character code being a prefix of
 * itself. One code may belong to several types (207QS0010X is a sports or spine physician's and, like every code
 * starting 20, a physician's). Three R6 types are narrower than the directory's sports or spine physician and are
 * not offered as directory types ({@link #directoryTypes()}); they select their own code only.
 * <p>
 * The constant names are the directory's keys ({@link #key()}: {@code family-physician} in URLs, the API and the
 * search index), so they do not change.
 */
public enum ProviderType {
    MASSAGE_THERAPIST("Massage therapist", "225700000X", "225700000X", "163WM1400X"),
    CHIROPRACTOR("Chiropractor", "111N00000X", "111N"),
    ACUPUNCTURIST("Acupuncturist", "171100000X", "171100000X"),
    PHYSICAL_THERAPIST("Physical therapist", "225100000X", "2251"),
    OCCUPATIONAL_THERAPIST("Occupational therapist", "225X00000X", "225X"),
    FAMILY_PHYSICIAN("Family doctor (primary care)", "207Q00000X", "207Q00000X"),
    INTERNAL_MEDICINE_PHYSICIAN("Internal medicine doctor (primary care)", "207R00000X", "207R00000X"),
    EMERGENCY_PHYSICIAN("Emergency department", "207P00000X", "207P"),
    NEUROLOGIST("Neurologist", "2084N0400X", "2084N"),
    RHEUMATOLOGIST("Rheumatologist", "207RR0500X", "207RR0500X"),
    PAIN_MEDICINE_PHYSICIAN("Pain medicine doctor", "208VP0000X", "208VP"),
    SPORTS_SPINE_PHYSICIAN("Sports or spine doctor", "207QS0010X", "207QS0010X", "207RS0010X", "2081P2900X",
            "2081S0010X", "208100000X"),
    OBSTETRICIAN("Obstetrician or gynaecologist", "207V00000X", "207V"),
    NURSE_MIDWIFE("Nurse midwife", "367A00000X", "367A00000X"),
    NURSE_PRACTITIONER("Nurse practitioner", "363L00000X", "363L"),
    /** Every physician specialty: no single code of its own. */
    PHYSICIAN("Physician (any specialty)", null, "20"),
    PSYCHOLOGIST("Psychologist", "103T00000X", "103T"),
    COUNSELLOR("Counsellor", "101YM0800X", "101Y"),
    DENTIST("Dentist", "122300000X", "1223"),
    // R6 only: narrower than SPORTS_SPINE_PHYSICIAN, which the directory files these codes under.
    SPORTS_MEDICINE("Sports medicine doctor", "207QS0010X", false),
    SPINE_PAIN_MEDICINE("Spine and pain doctor (rehabilitation medicine)", "2081P2900X", false),
    REHABILITATION_MEDICINE("Rehabilitation medicine doctor", "208100000X", false);

    private static final List<ProviderType> DIRECTORY_TYPES;

    static {
        List<ProviderType> types = new ArrayList<>();
        for (ProviderType type : values()) {
            if (type.inDirectory) {
                types.add(type);
            }
        }
        DIRECTORY_TYPES = List.copyOf(types);
    }

    private final String label;
    private final String nuccCode;
    private final List<String> prefixes;
    private final boolean inDirectory;

    ProviderType(String label, String nuccCode, String... prefixes) {
        this.label = label;
        this.nuccCode = nuccCode;
        this.prefixes = List.of(prefixes);
        this.inDirectory = true;
    }

    ProviderType(String label, String nuccCode, boolean inDirectory) {
        this.label = label;
        this.nuccCode = nuccCode;
        this.prefixes = List.of(nuccCode);
        this.inDirectory = inDirectory;
    }

    /** Plain label for the UI, e.g. "Family doctor (primary care)". */
    public String label() {
        return label;
    }

    /** The NUCC taxonomy code R6 names, e.g. "207Q00000X"; null for {@link #PHYSICIAN}. */
    public String nuccCode() {
        return nuccCode;
    }

    public List<String> prefixes() {
        return prefixes;
    }

    /** The types the directory offers and files providers under, in this order. */
    public static List<ProviderType> directoryTypes() {
        return DIRECTORY_TYPES;
    }

    /** Length of the longest of this type's prefixes that {@code code} starts with, or 0: the most specific type wins. */
    public int match(String code) {
        int best = 0;
        for (String prefix : prefixes) {
            if (code.startsWith(prefix) && prefix.length() > best) {
                best = prefix.length();
            }
        }
        return best;
    }

    public boolean covers(String code) {
        return match(code) > 0;
    }

    /** A directory type from {@code MASSAGE_THERAPIST}, {@code massage-therapist} or {@code Massage therapist}. */
    public static Optional<ProviderType> parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ProviderType type : DIRECTORY_TYPES) {
            if (type.name().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The directory's key, e.g. {@code family-physician}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
