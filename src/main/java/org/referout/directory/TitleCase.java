package org.referout.directory;

import java.util.Locale;
import java.util.Set;

/**
 * NPPES spells names in capitals ("RODRIGUEZ CLINIC INC"); people read them in title case ("Rodriguez Clinic Inc").
 * Text that already mixes cases was typed by a person and is kept as it is. Credentials and the abbreviations a
 * clinic name carries stay in capitals, as do words with a digit ("4B"); "O'BRIEN" becomes "O'Brien", "MCDONALD" "McDonald", "SMITH-JONES"
 * "Smith-Jones", and small words inside a name stay small ("Center of Excellence").
 */
final class TitleCase {

    private static final Set<String> CAPITALS = Set.of("LLC", "PLLC", "PC", "PA", "LLP", "LP", "DC", "MD", "DO", "PT",
            "DPT", "LMT", "LMP", "RMT", "NP", "PHD", "PSYD", "DDS", "DMD", "OT", "OTR", "ATC", "RN", "CNM", "LAC", "USA",
            "II", "III", "IV", "YMCA", "NE", "NW", "SE", "SW", "PO");
    private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "at", "in", "on", "de", "la", "del");

    private TitleCase() {
    }

    static String of(String text) {
        if (text == null || !text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                String word = text.substring(wordStart, i);
                out.append(word(word, wordStart == 0));
                if (i < text.length()) {
                    out.append(' ');
                }
                wordStart = i + 1;
            }
        }
        return out.toString();
    }

    private static String word(String word, boolean first) {
        String bare = word.replaceAll("[^A-Z]", "");
        if (CAPITALS.contains(bare) || !word.matches(".*[A-Z].*") || word.matches(".*[0-9].*")) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!first && SMALL.contains(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower);
        boolean capitalizeNext = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isLetter(c)) {
                if (capitalizeNext) {
                    out.setCharAt(i, Character.toUpperCase(c));
                }
                capitalizeNext = false;
            } else {
                capitalizeNext = c == '-' || c == '\'' || c == '/' || c == '(' || c == '&' || c == '.';
            }
        }
        if (out.length() > 2 && out.charAt(0) == 'M' && out.charAt(1) == 'c') {
            out.setCharAt(2, Character.toUpperCase(out.charAt(2)));
        }
        return out.toString();
    }
}
