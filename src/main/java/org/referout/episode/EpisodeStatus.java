package org.referout.episode;

/** An episode is open until it is closed once, as discharged or referred out. */
public enum EpisodeStatus {
    ACTIVE, DISCHARGED, REFERRED_OUT;

    public boolean isOpen() {
        return this == ACTIVE;
    }

    boolean canMoveTo(EpisodeStatus next) {
        return this == ACTIVE && next != ACTIVE;
    }
}
