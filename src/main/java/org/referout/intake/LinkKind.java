package org.referout.intake;

/** INTAKE: the first questionnaire, which starts an episode. PRE_VISIT: scores at home and a red-flag re-check. */
public enum LinkKind {
    INTAKE("Intake questionnaire"),
    PRE_VISIT("Before-your-visit questionnaire");

    private final String label;

    LinkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
