package org.referout.insights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStatus;
import org.referout.episode.Score;
import org.referout.episode.Technique;
import org.referout.practice.UserId;

/** What the dashboard needs of one episode, loaded in bulk: its profile and its visits by date. */
record EpisodeFacts(EpisodeId id, long clientId, UserId therapist, Complaint complaint, boolean chronic,
        Measure primaryMeasure, LocalDate startDate, EpisodeStatus status, OffsetDateTime closedAt,
        List<VisitFacts> visits) {

    /** One visit; {@code number} counts the episode's visits from 1 by date, as progress's alerts do. */
    record VisitFacts(int number, long visitId, LocalDate date, Set<Technique> techniques, List<Score> scores) {
    }

    Set<Technique> techniques() {
        Set<Technique> all = java.util.EnumSet.noneOf(Technique.class);
        visits.forEach(visit -> all.addAll(visit.techniques()));
        return all;
    }
}
