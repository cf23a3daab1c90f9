package org.referout.insights;

import java.util.List;
import java.util.Optional;

import org.referout.clinical.Evaluation;
import org.referout.clinical.Status;
import org.referout.episode.EpisodeStatus;

/**
 * One episode replayed through the clinical core: the evaluation after each visit and the facts the dashboard
 * counts. {@code statusAfter.get(k - 1)} is the status after visit k.
 *
 * @param latest                  the evaluation after the last visit, empty when the scores cannot be evaluated
 * @param firstImprovementVisit   the first visit after which the evaluation showed an important improvement (R2)
 * @param firstOffTrackVisit      the first visit after which the status was PLATEAU, NOT_ON_TRACK or DETERIORATING
 */
record EpisodeOutcome(EpisodeFacts episode, List<Status> statusAfter, Optional<Evaluation> latest,
        Optional<Integer> firstImprovementVisit, Optional<Integer> firstOffTrackVisit) {

    Status status() {
        return latest.map(Evaluation::status).orElse(Status.INSUFFICIENT_DATA);
    }

    /** An outcome can be judged once there are two scores of the primary measure (R4.1 rule 1). */
    boolean evaluated() {
        return status() != Status.INSUFFICIENT_DATA;
    }

    /** Counted as "reached an important improvement": the latest evaluation shows one (R2). */
    boolean importantImprovement() {
        return latest.map(Evaluation::importantImprovement).orElse(false);
    }

    boolean recovered() {
        return status() == Status.RECOVERED;
    }

    /** Counted as "not improving": the latest status is PLATEAU, NOT_ON_TRACK or DETERIORATING. */
    boolean notImproving() {
        return isOffTrack(status());
    }

    boolean referredOut() {
        return episode.status() == EpisodeStatus.REFERRED_OUT;
    }

    static boolean isOffTrack(Status status) {
        return status == Status.PLATEAU || status == Status.NOT_ON_TRACK || status == Status.DETERIORATING;
    }
}
