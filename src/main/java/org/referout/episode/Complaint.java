package org.referout.episode;

/** The coded complaints of C2, spelled as in CLINICAL.md R7.1. */
public enum Complaint {
    LOW_BACK_PAIN("Low back pain"),
    NECK_PAIN("Neck pain"),
    SHOULDER("Shoulder"),
    HEADACHE("Headache or migraine"),
    WIDESPREAD_PAIN("Fibromyalgia or widespread pain"),
    STRESS_ANXIETY("Stress or anxiety"),
    SPORTS_INJURY("Sports injury"),
    POSTURAL("Postural pain"),
    TMJ("TMJ or jaw"),
    PREGNANCY("Pregnancy-related"),
    OTHER("Other");

    private final String label;

    Complaint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
