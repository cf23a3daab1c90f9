package org.referout.progress;

import org.referout.clinical.Colour;

/** C3 colours that raise an alert, from the less to the more severe: amber (review) and red (refer). */
public enum AlertLevel {
    AMBER, RED;

    /** The level an evaluation of this colour raises, or null for grey and green. */
    static AlertLevel of(Colour colour) {
        return switch (colour) {
            case AMBER -> AMBER;
            case RED -> RED;
            default -> null;
        };
    }
}
