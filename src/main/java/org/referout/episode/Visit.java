package org.referout.episode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.referout.practice.UserId;

public record Visit(VisitId id, EpisodeId episode, LocalDate date, int durationMinutes, List<Technique> techniques,
        VisitNotes notes, List<Score> scores, UserId recordedBy, OffsetDateTime createdAt, int version) {

    public Visit {
        techniques = List.copyOf(techniques);
        scores = List.copyOf(scores);
    }
}
