package org.referout.web;

/**
 * What any text a user sends must not contain (Q): control characters other than tab and line breaks (a NUL byte
 * is accepted by H2 but refused by PostgreSQL, so one tenant's text could break a restore for everyone), and lone
 * surrogates (half a character, which would be stored as "?"). Names must also show something: a name of only
 * spaces, no-break spaces or zero-width characters looks blank on every screen.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text is refused, or null when it is fine. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a broken character (half of a character pair)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a broken character (half of a character pair)";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return c == 0 ? "contains a NUL character" : "contains a control character (code " + (int) c + ")";
            }
        }
        return null;
    }

    /** True when nothing visible is left after removing spaces of every kind and invisible format characters. */
    public static boolean blankLooking(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
    }

    /** For one-line fields (names): line breaks and tabs make no sense there either. */
    public static String oneLineProblem(String text) {
        String problem = problem(text);
        if (problem != null) {
            return problem;
        }
        return text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0)
                ? "must be on one line" : null;
    }
}
