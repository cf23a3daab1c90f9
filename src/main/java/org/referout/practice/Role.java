package org.referout.practice;

/** C1 roles. Front desk handles scheduling and contact data and never sees clinical notes or scores. */
public enum Role {
    OWNER, THERAPIST, FRONT_DESK;

    public boolean seesClinicalData() {
        return this != FRONT_DESK;
    }
}
