package org.referout.insights;

import org.referout.clinical.Status;
import org.referout.episode.EpisodeStatus;

/** Plain words for statuses, as a therapist would say them to a client. */
final class StatusWords {

    private StatusWords() {
    }

    static String of(Status status) {
        return switch (status) {
            case INSUFFICIENT_DATA -> "Too few scores yet";
            case ON_TRACK -> "On track";
            case IMPROVING -> "Improving";
            case RECOVERED -> "Recovered";
            case PLATEAU -> "Plateau";
            case NOT_ON_TRACK -> "Not on track";
            case DETERIORATING -> "Getting worse";
        };
    }

    static String of(EpisodeStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case DISCHARGED -> "Discharged";
            case REFERRED_OUT -> "Referred out";
        };
    }
}
