package org.referout.episode;

import java.time.LocalDate;
import java.util.List;

import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;

/**
 * What the outcome engine needs of an episode (the input of CLINICAL.md R7.1): its profile and every score in
 * visit order. {@code visit} numbers count the episode's visits from 1, by date.
 */
public record ScoreHistory(EpisodeId episode, Complaint complaint, boolean chronic, Measure primaryMeasure,
        List<String> psfsActivities, EpisodeStatus status, List<Entry> scores) {

    public ScoreHistory {
        psfsActivities = List.copyOf(psfsActivities);
        scores = List.copyOf(scores);
    }

    public record Entry(int visit, VisitId visitId, LocalDate date, Score score) {
    }
}
