package org.referout.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Friendly provider types over NUCC taxonomy codes (CLINICAL.md R6). A type selects every code starting with one
 * of its prefixes; a full 10-character code is a prefix of itself. One code may belong to several types
 * (207QS0010X is a family physician and a sports physician).
 */
public enum ProviderType {
    MASSAGE_THERAPIST("Massage therapist", "225700000X", "163WM1400X"),
    CHIROPRACTOR("Chiropractor", "111N"),
    ACUPUNCTURIST("Acupuncturist", "171100000X"),
    PHYSICAL_THERAPIST("Physical therapist", "2251"),
    OCCUPATIONAL_THERAPIST("Occupational therapist", "225X"),
    FAMILY_PHYSICIAN("Family physician", "207Q00000X"),
    INTERNAL_MEDICINE_PHYSICIAN("Internal medicine physician", "207R00000X"),
    EMERGENCY_PHYSICIAN("Emergency physician", "207P"),
    NEUROLOGIST("Neurologist", "2084N"),
    RHEUMATOLOGIST("Rheumatologist", "207RR0500X"),
    PAIN_MEDICINE_PHYSICIAN("Pain medicine physician", "208VP"),
    SPORTS_SPINE_PHYSICIAN("Sports or spine physician", "207QS0010X", "207RS0010X", "2081P2900X", "2081S0010X",
            "208100000X"),
    OBSTETRICIAN("Obstetrician", "207V"),
    NURSE_MIDWIFE("Nurse midwife", "367A00000X"),
    NURSE_PRACTITIONER("Nurse practitioner", "363L"),
    PHYSICIAN("Physician (any specialty)", "20"),
    PSYCHOLOGIST("Psychologist", "103T"),
    COUNSELLOR("Counsellor", "101Y"),
    DENTIST("Dentist", "1223");

    private final String label;
    private final List<String> prefixes;

    ProviderType(String label, String... prefixes) {
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    public String label() {
        return label;
    }

    public List<String> prefixes() {
        return prefixes;
    }

    /** Length of the longest of this type's prefixes that {@code code} starts with, or 0: the most specific type wins. */
    int match(String code) {
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

    /** Accepts {@code MASSAGE_THERAPIST}, {@code massage-therapist} or {@code Massage therapist}. */
    public static Optional<ProviderType> parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ProviderType type : values()) {
            if (type.name().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
