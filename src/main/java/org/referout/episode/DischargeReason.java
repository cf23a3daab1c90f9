package org.referout.episode;

public enum DischargeReason {
    GOALS_MET("Goals met"),
    NO_FURTHER_IMPROVEMENT("No further improvement"),
    REFERRED_OUT("Referred out"),
    CLIENT_STOPPED("Client stopped coming"),
    OTHER("Other");

    private final String label;

    DischargeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status an episode closed for this reason ends in. */
    public EpisodeStatus closingStatus() {
        return this == REFERRED_OUT ? EpisodeStatus.REFERRED_OUT : EpisodeStatus.DISCHARGED;
    }
}
