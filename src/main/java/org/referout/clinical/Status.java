package org.referout.clinical;

/** The status of an episode, decided by the trajectory rules of R4.1 (never by red flags, R4.2). */
public enum Status {
    INSUFFICIENT_DATA(Colour.GREY),
    ON_TRACK(Colour.GREEN),
    IMPROVING(Colour.GREEN),
    RECOVERED(Colour.GREEN),
    PLATEAU(Colour.AMBER),
    NOT_ON_TRACK(Colour.AMBER),
    DETERIORATING(Colour.AMBER);

    private final Colour colour;

    Status(Colour colour) {
        this.colour = colour;
    }

    /**
     * The colour of the status on its own (C3). PLATEAU, NOT_ON_TRACK and DETERIORATING are amber because
     * their mildest recommendation is REVIEW; when they come with a referral the evaluation is red,
     * see {@link Evaluation#colour()}, which is what the UI should show.
     */
    public Colour colour() {
        return colour;
    }
}
