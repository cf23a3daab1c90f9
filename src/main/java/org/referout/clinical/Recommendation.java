package org.referout.clinical;

/**
 * What to do next (R4.2), declared from the least to the most severe so that {@link #compareTo} is the
 * severity order: REFER_EMERGENCY > REFER_URGENT > REFER > REVIEW > DISCHARGE > CONTINUE.
 * The three REFER levels are also the levels of red flags (R5).
 */
public enum Recommendation {
    CONTINUE(Colour.GREEN, "Continue"),
    DISCHARGE(Colour.GREEN, "Discharge"),
    REVIEW(Colour.AMBER, "Review"),
    REFER(Colour.RED, "Refer"),
    REFER_URGENT(Colour.RED, "Urgent"),
    REFER_EMERGENCY(Colour.RED, "Emergency");

    private final Colour colour;
    private final String label;

    Recommendation(Colour colour, String label) {
        this.colour = colour;
        this.label = label;
    }

    /** The plain word a therapist or client reads (never the code). */
    public String label() {
        return label;
    }

    /** C3: amber = review, red = any referral, green otherwise. */
    public Colour colour() {
        return colour;
    }

    /** R4.2: true when this is more severe than the other. */
    public boolean isMoreSevereThan(Recommendation other) {
        return compareTo(other) > 0;
    }

    /** R4.2: the more severe of the two; a null (no red flag) counts as less severe than anything. */
    public static Recommendation moreSevere(Recommendation a, Recommendation b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    public boolean isReferral() {
        return compareTo(REFER) >= 0;
    }
}
