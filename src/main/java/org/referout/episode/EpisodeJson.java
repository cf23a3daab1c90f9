package org.referout.episode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;

/** JSON shapes of the episode API. Records, so a later module can wrap them and add fields (the evaluation). */
record EpisodeJson(long id, long clientId, long therapistId, Complaint complaint, String complaintLabel,
        boolean chronic, List<String> bodyRegions, String goals, Measure primaryMeasure, List<String> psfsActivities,
        LocalDate startDate, EpisodeStatus status, DischargeReason dischargeReason, OffsetDateTime dischargedAt,
        int version, List<VisitJson> visits) {

    static EpisodeJson of(Episode e, List<Visit> visits) {
        return new EpisodeJson(e.id().value(), e.client().value(), e.therapist().value(), e.complaint(),
                e.complaint().label(), e.chronic(), e.bodyRegions(), e.goals(), e.primaryMeasure(), e.psfsActivities(),
                e.startDate(), e.status(), e.dischargeReason(), e.dischargedAt(), e.version(),
                visits.stream().map(VisitJson::of).toList());
    }

    /** What a client's record lists of each episode. */
    record Summary(long id, Complaint complaint, String complaintLabel, boolean chronic, Measure primaryMeasure,
            LocalDate startDate, EpisodeStatus status, DischargeReason dischargeReason) {

        static Summary of(Episode e) {
            return new Summary(e.id().value(), e.complaint(), e.complaint().label(), e.chronic(), e.primaryMeasure(),
                    e.startDate(), e.status(), e.dischargeReason());
        }
    }

    record VisitJson(long id, LocalDate date, int durationMinutes, List<Technique> techniques, VisitNotes notes,
            List<ScoreJson> scores, long recordedBy, int version) {

        static VisitJson of(Visit v) {
            return new VisitJson(v.id().value(), v.date(), v.durationMinutes(), v.techniques(), v.notes(),
                    v.scores().stream().map(ScoreJson::of).toList(), v.recordedBy().value(), v.version());
        }
    }

    /** {@code value} for NPRS and GROC, {@code items} for PSFS and PEG, and always the {@code score} (R1). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ScoreJson(Measure measure, Integer value, List<Integer> items, double score) {

        static ScoreJson of(Score s) {
            return new ScoreJson(s.measure(), s.value(), s.items(), Math.round(s.score() * 100) / 100.0);
        }
    }
}
