package org.referout.progress;

/** What the off-track review's answers point to (C3: change technique, adjust dose, refer). */
public enum SuggestedAction {
    REFER_RED_FLAG("Refer because of the red flag: follow its level and advice below."),
    REFER("Refer for another assessment: the evaluation or the techniques already tried point beyond massage."),
    CHANGE_TECHNIQUE("Change technique: try an approach not used in this episode yet."),
    ADJUST_DOSE("Adjust the dose: how often, how long or how firm the visits are."),
    SIMPLIFY_HOMEWORK("Make the home programme smaller and easier to fit into the client's day."),
    ADDRESS_LIFE_FACTORS("Talk about sleep, stress and life events; consider a referral for them (GP, counsellor)."),
    TALK_ABOUT_EXPECTATIONS("Agree on realistic goals and how long they usually take."),
    DISCUSS_THE_FIT("Talk about how the work together feels; a colleague may suit the client better.");

    private final String text;

    SuggestedAction(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
