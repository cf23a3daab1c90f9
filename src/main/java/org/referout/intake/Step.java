package org.referout.intake;

import java.util.List;

/** The pages of the questionnaire. Each is checked and saved on its own, so a client can stop and resume. */
enum Step {
    ABOUT_YOU("About you"),
    PROBLEM("What brings you in"),
    HEALTH("Health questions"),
    MEASURES("Pain and activities"),
    CONSENT("Your consent");

    private final String title;

    Step(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    /** The short before-visit questionnaire asks only for scores and the red-flag re-check (C4). */
    static List<Step> of(LinkKind kind) {
        return kind == LinkKind.INTAKE ? List.of(values()) : List.of(MEASURES, HEALTH);
    }

    /** An intake for an open episode the therapist chose does not ask for the complaint again: it is that one's. */
    static List<Step> of(IntakeLink link) {
        return link.forChosenEpisode() ? List.of(ABOUT_YOU, HEALTH, MEASURES, CONSENT) : of(link.kind());
    }
}
