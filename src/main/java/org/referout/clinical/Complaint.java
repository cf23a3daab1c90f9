package org.referout.clinical;

/** The presenting complaint of an episode (R7.1 codes); it selects curves (R4.3) and provider types (R6). */
public enum Complaint {
    LOW_BACK_PAIN("Low back pain"),
    NECK_PAIN("Neck pain"),
    SHOULDER("Shoulder pain"),
    HEADACHE("Headache or migraine"),
    WIDESPREAD_PAIN("Widespread pain or fibromyalgia"),
    STRESS_ANXIETY("Stress or anxiety"),
    SPORTS_INJURY("Sports injury"),
    POSTURAL("Postural pain"),
    TMJ("Jaw pain (TMJ)"),
    PREGNANCY("Pregnancy-related pain"),
    OTHER("Other");

    private final String label;

    Complaint(String label) {
        this.label = label;
    }

    /** Plain label for the UI, e.g. "Low back pain". */
    public String label() {
        return label;
    }
}
