package org.referout.web;

/**
 * Text that a user typed, made safe to place in one line of an e-mail or a header: every control character (CR and
 * LF above all) becomes a space, so a name can never start a new line of a message it is written into.
 */
public final class OneLine {

    private OneLine() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString().strip();
    }
}
