package org.referout.referral;

/** How soon the client should be seen; mirrors the REFER / REFER_URGENT / REFER_EMERGENCY recommendations. */
public enum Urgency {
    ROUTINE("Routine"),
    URGENT("Urgent: within days"),
    EMERGENCY("Emergency: now");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
