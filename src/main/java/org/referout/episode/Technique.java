package org.referout.episode;

/** Techniques used at a visit (C2's coded list). */
public enum Technique {
    SWEDISH("Swedish"),
    DEEP_TISSUE("Deep tissue"),
    MYOFASCIAL_RELEASE("Myofascial release"),
    TRIGGER_POINT("Trigger point"),
    NEUROMUSCULAR("Neuromuscular"),
    SPORTS("Sports"),
    LYMPHATIC_DRAINAGE("Lymphatic drainage"),
    CRANIOSACRAL("Craniosacral"),
    STRETCHING("Stretching or assisted movement"),
    HOT_STONE("Hot stone"),
    PRENATAL("Prenatal"),
    OTHER("Other");

    private final String label;

    Technique(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
