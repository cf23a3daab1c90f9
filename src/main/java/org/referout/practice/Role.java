package org.referout.practice;

/** C1 roles. Front desk handles scheduling and contact data and never sees clinical notes or scores. */
public enum Role {
    OWNER("Owner"), THERAPIST("Therapist"), FRONT_DESK("Front desk");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role in plain words for the pages; the name stays what is stored and what the API reports. */
    public String label() {
        return label;
    }

    public boolean seesClinicalData() {
        return this != FRONT_DESK;
    }
}
