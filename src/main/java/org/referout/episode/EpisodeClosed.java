package org.referout.episode;

import org.referout.practice.PracticeId;

/** Published when an episode is discharged or referred out (curve refits listen). */
public record EpisodeClosed(PracticeId practice, EpisodeId episode, EpisodeStatus status, DischargeReason reason) {
}
