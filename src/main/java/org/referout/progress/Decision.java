package org.referout.progress;

/** What the therapist decided when acknowledging an alert (C3). */
public enum Decision {
    CONTINUE_CHANGED_PLAN("Continue with a changed plan"),
    REFER("Refer"),
    DISCHARGE("Discharge");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
