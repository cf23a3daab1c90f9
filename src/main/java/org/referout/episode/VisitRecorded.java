package org.referout.episode;

import org.referout.practice.PracticeId;

/** Published in the recording transaction; listeners (alerts) run after it commits. */
public record VisitRecorded(PracticeId practice, EpisodeId episode, VisitId visit) {
}
