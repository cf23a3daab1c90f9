package org.referout.intake;

/** What the therapist did about an emergency red flag (issue 15 item 2), in the words the page shows. */
public enum EmergencyOutcome {
    SENT_TO_EMERGENCY_DEPARTMENT("Sent to the emergency department"),
    CALLED_EMERGENCY_SERVICES("Called emergency services"),
    CLIENT_DECLINED("The client declined");

    private final String label;

    EmergencyOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
