package org.referout.intake;

/**
 * The three red-flag levels of CLINICAL.md R5, from the least to the most severe so that {@link #compareTo} is the
 * severity order. Spelled as the recommendations of R4.2 so that other modules can map them one to one.
 */
public enum FlagLevel {
    REFER("Refer: discuss with the client's physician", "Treatment may continue with care."),
    REFER_URGENT("Refer urgently: medical assessment within about two weeks",
            "Do not treat the area until a doctor has cleared it."),
    REFER_EMERGENCY("Emergency: same day, emergency department or emergency services",
            "Do not treat. Send the client for emergency care today.");

    private final String headline;
    private final String instruction;

    FlagLevel(String headline, String instruction) {
        this.headline = headline;
        this.instruction = instruction;
    }

    public String headline() {
        return headline;
    }

    public String instruction() {
        return instruction;
    }

    /** C4: these levels block treatment until a therapist overrides with a written reason. */
    public boolean blocksTreatment() {
        return this != REFER;
    }
}
