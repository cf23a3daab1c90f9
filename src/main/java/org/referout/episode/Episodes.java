package org.referout.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.referout.audit.AuditLog;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The episode module's front door. Methods taking a {@link CurrentPractice} are a person reading or changing a
 * client's clinical record: they are audited, and front desk (C1: never clinical data) gets empty results or a
 * {@link NotFoundException}, so a page or API route cannot leak clinical content by forgetting a check.
 */
@Service
public class Episodes {

    private final EpisodeRepository episodes;
    private final VisitRepository visits;
    private final Clients clients;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<VisitGuard> guards;
    private final ObjectProvider<ScoresFromHome> home;
    private final Counter visitsRecorded;

    Episodes(EpisodeRepository episodes, VisitRepository visits, Clients clients, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock, ObjectProvider<VisitGuard> guards, ObjectProvider<ScoresFromHome> home, MeterRegistry meters) {
        this.episodes = episodes;
        this.visits = visits;
        this.clients = clients;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.guards = guards;
        this.home = home;
        this.visitsRecorded = Counter.builder("referout.visits.recorded")
            .description("Visits stored (API and tablet form)").register(meters);
    }

    /** @throws BadRequestException naming every bad field (nothing stored); NotFoundException for an unknown client */
    @Transactional
    public EpisodeId start(CurrentPractice by, ClientId client, EpisodeStart start) {
        clinician(by);
        if (!clients.exists(by.id(), client)) {
            throw new NotFoundException();
        }
        var problems = new ArrayList<FieldProblem>();
        Complaint complaint = EpisodeChecks.code(Complaint.class, "complaint", start.complaint(), "complaint", problems);
        Measure primary = EpisodeChecks.code(Measure.class, "primaryMeasure", start.primaryMeasure(), "measure", problems);
        if (primary != null && !primary.canBePrimary()) {
            problems.add(new FieldProblem("primaryMeasure", "GROC cannot be the primary measure (it has no baseline)"));
        }
        List<String> activities = EpisodeChecks.activities(start.psfsActivities(), primary, problems);
        List<String> regions = EpisodeChecks.bodyRegions(start.bodyRegions(), problems);
        String goals = start.goals() == null || start.goals().isBlank() ? null : start.goals().strip();
        EpisodeChecks.length(problems, "goals", goals, 2000);
        LocalDate today = LocalDate.now(clock);
        LocalDate startDate = start.startDate() == null ? today : start.startDate();
        if (startDate.isAfter(today)) {
            problems.add(new FieldProblem("startDate", startDate + " is in the future"));
        }
        failOn(problems);
        EpisodeId id = episodes.insert(by.id(), client, by.userId(), complaint, Boolean.TRUE.equals(start.chronic()),
                regions, goals, primary, activities, startDate, now());
        auditLog.record(by, "EPISODE_STARTED", "episode", id, client.value(), complaint.name());
        return id;
    }

    @Transactional
    public Optional<Episode> find(CurrentPractice by, EpisodeId id) {
        if (!by.seesClinicalData()) {
            return Optional.empty();
        }
        Optional<Episode> episode = episodes.find(by.id(), id);
        episode.ifPresent(found -> auditLog.record(by, "EPISODE_READ", "episode", id, found.client().value(), null));
        return episode;
    }

    /** Newest first. Empty for front desk and for an unknown client. */
    @Transactional
    public List<Episode> listForClient(CurrentPractice by, ClientId client) {
        if (!by.seesClinicalData()) {
            return List.of();
        }
        List<Episode> list = episodes.listForClient(by.id(), client);
        if (!list.isEmpty()) {
            auditLog.record(by, "EPISODE_LIST", "client", client, client.value(), list.size() + " episodes");
        }
        return list;
    }

    /** The episode's visits by date, with techniques, notes and scores. Empty for front desk. */
    @Transactional
    public List<Visit> visits(CurrentPractice by, EpisodeId id) {
        Optional<Episode> episode = by.seesClinicalData() ? episodes.find(by.id(), id) : Optional.empty();
        if (episode.isEmpty()) {
            return List.of();
        }
        auditLog.record(by, "VISITS_READ", "episode", id, episode.get().client().value(), null);
        return visits.listForEpisode(by.id(), id);
    }

    /** One visit with its notes and scores; empty for front desk and for an unknown visit. */
    @Transactional
    public Optional<Visit> visit(CurrentPractice by, VisitId id) {
        if (!by.seesClinicalData()) {
            return Optional.empty();
        }
        return visits.episodeOf(by.id(), id)
            .flatMap(episode -> visits(by, episode).stream().filter(v -> v.id().equals(id)).findFirst());
    }

    /**
     * Scores the client answered at home after the episode's newest visit was recorded: they pre-fill the next
     * visit's score controls and show on the episode page until a visit is saved. Empty for front desk, a closed
     * episode, or when the newest home answer came before the newest visit (that visit took or replaced them).
     * Not audited on its own: the pages that show it audit their episode read.
     */
    @Transactional(readOnly = true)
    public Optional<AnsweredAtHome> answeredAtHome(CurrentPractice by, EpisodeId id) {
        if (!by.seesClinicalData()) {
            return Optional.empty();
        }
        Optional<Episode> episode = episodes.find(by.id(), id).filter(e -> e.status().isOpen());
        if (episode.isEmpty()) {
            return Optional.empty();
        }
        Optional<OffsetDateTime> lastVisit = visits.lastRecordedAt(by.id(), id);
        return home.orderedStream().map(source -> source.newest(by.id(), id)).flatMap(Optional::stream)
            .filter(answer -> lastVisit.isEmpty() || answer.answeredAt().isAfter(lastVisit.get()))
            .max(java.util.Comparator.comparing(AnsweredAtHome::answeredAt));
    }

    /**
     * Stores a visit and its scores (R1-checked) and publishes {@link VisitRecorded} in the same transaction.
     *
     * @throws BadRequestException naming every bad field, e.g. {@code scores[0].value: 11 is outside 0..10 for NPRS}
     */
    @Transactional
    public VisitId recordVisit(CurrentPractice by, EpisodeId id, VisitInput input) {
        clinician(by);
        Episode found = episodes.find(by.id(), id).orElseThrow(NotFoundException::new);
        if (!found.status().isOpen() || !episodes.lockOpen(by.id(), id)) {
            throw new BadRequestException("episode", "is closed; start a new episode");
        }
        // read again under the lock: what a concurrent change committed before it is what counts
        Episode episode = episodes.find(by.id(), id).orElseThrow(NotFoundException::new);
        var problems = new ArrayList<FieldProblem>();
        EpisodeChecks.visitDate(input.date(), episode.startDate(), LocalDate.now(clock), problems);
        EpisodeChecks.duration(input.durationMinutes(), problems);
        var techniques = EpisodeChecks.techniques(input.techniques(), problems);
        VisitNotes notes = EpisodeChecks.notes(input.notes(), problems);
        List<Score> scores = ScoreValidation.check(input.scores() == null ? List.of() : input.scores(),
                episode.psfsActivities(), visits.hasScoredVisit(by.id(), id), problems);
        guards.orderedStream().forEach(guard -> problems.addAll(guard.check(by, episode, input)));
        failOn(problems);
        VisitId visit = visits.insert(by.id(), id, input.date(), input.durationMinutes(), techniques, notes, scores,
                by.userId(), now());
        guards.orderedStream().forEach(guard -> guard.recorded(by, episode, visit, input));
        auditLog.record(by, "VISIT_RECORDED", "visit", visit, episode.client().value(), scores.size() + " scores");
        events.publishEvent(new VisitRecorded(by.id(), id, visit));
        visitsRecorded.increment(); // last step: a refused visit has thrown before it, so it is never counted
        return visit;
    }

    /** @throws org.referout.web.ConflictException when {@code seenVersion} is stale */
    @Transactional
    public void updateVisitNotes(CurrentPractice by, VisitId visit, VisitNotes notes, int seenVersion) {
        clinician(by);
        EpisodeId episodeId = visits.episodeOf(by.id(), visit).orElseThrow(NotFoundException::new);
        Episode episode = episodes.find(by.id(), episodeId).orElseThrow(NotFoundException::new);
        var problems = new ArrayList<FieldProblem>();
        VisitNotes clean = EpisodeChecks.notes(notes, problems);
        failOn(problems);
        visits.updateNotes(by.id(), visit, clean, seenVersion);
        auditLog.record(by, "VISIT_NOTES_UPDATED", "visit", visit, episode.client().value(), "version " + seenVersion);
    }

    /** Discharges or refers out (by the reason) and publishes {@link EpisodeClosed}. Closing twice is a conflict. */
    @Transactional
    public EpisodeStatus close(CurrentPractice by, EpisodeId id, DischargeReason reason, int seenVersion) {
        clinician(by);
        Episode episode = episodes.find(by.id(), id).orElseThrow(NotFoundException::new);
        if (reason == null) {
            throw new BadRequestException("reason", "is required");
        }
        // take the row first, so that the time of closing is read after any visit being stored has committed
        episodes.lockOpen(by.id(), id);
        episodes.close(by.id(), id, reason, seenVersion, now());
        auditLog.record(by, "EPISODE_CLOSED", "episode", id, episode.client().value(), reason.name());
        events.publishEvent(new EpisodeClosed(by.id(), id, reason.closingStatus(), reason));
        return reason.closingStatus();
    }

    /**
     * The scores of an episode in visit order, for the outcome engine. A computation, not a person reading, so it is
     * not audited; a page that shows the result audits its own read.
     */
    @Transactional(readOnly = true)
    public Optional<ScoreHistory> history(PracticeId practice, EpisodeId id) {
        return episodes.find(practice, id).map(episode -> {
            var entries = new ArrayList<ScoreHistory.Entry>();
            List<Visit> list = visits.listForEpisode(practice, id);
            for (int i = 0; i < list.size(); i++) {
                Visit visit = list.get(i);
                for (Score score : visit.scores()) {
                    entries.add(new ScoreHistory.Entry(i + 1, visit.id(), visit.date(), score));
                }
            }
            return new ScoreHistory(id, episode.complaint(), episode.chronic(), episode.primaryMeasure(),
                    episode.psfsActivities(), episode.status(), entries);
        });
    }

    /** Front desk never sees or changes clinical records: to them these records do not exist (404). */
    private static void clinician(CurrentPractice by) {
        if (!by.seesClinicalData()) {
            throw new NotFoundException();
        }
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
