package org.referout.progress;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.referout.audit.AuditLog;
import org.referout.clinical.Evaluation;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.episode.Technique;
import org.referout.episode.Visit;
import org.referout.episode.VisitId;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.practice.Role;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts (C3): raised when the evaluation after a visit turns amber or red, listed on the home page, and
 * acknowledged with a decision after the off-track review. Front desk never sees them (C1).
 */
@Service
public class Alerts {

    private final AlertRepository alerts;
    private final Progress progress;
    private final Episodes episodes;
    private final AuditLog auditLog;
    private final Clock clock;

    Alerts(AlertRepository alerts, Progress progress, Episodes episodes, AuditLog auditLog, Clock clock) {
        this.alerts = alerts;
        this.progress = progress;
        this.episodes = episodes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Raises an alert when the evaluation right after this visit, the episode's latest, is amber or red.
     * Idempotent: at most one alert per episode and visit, and none while an open alert of the same or a higher
     * level is waiting for a decision (the therapist has not answered the first one yet; a second would only add
     * noise).
     *
     * @return the new alert, or empty when none was raised
     */
    @Transactional
    public Optional<AlertId> reconsider(PracticeId practice, EpisodeId episode, VisitId visit) {
        List<VisitEvaluation> all = progress.evaluationsByVisit(practice, episode);
        Optional<VisitEvaluation> after = all.stream().filter(e -> e.visitId().equals(visit)).findFirst();
        // the card is decided by the episode's latest evaluation: a listener that runs after a later visit was
        // recorded (several visits committed at once, a redelivery) raises nothing for the older visit
        if (after.isEmpty() || after.get().k() < all.get(all.size() - 1).k()) {
            return Optional.empty();
        }
        Evaluation evaluation = after.get().evaluation();
        AlertLevel level = AlertLevel.of(evaluation.colour());
        if (level == null) {
            return Optional.empty();
        }
        // one card per episode: the listeners of an episode's visits run side by side (the demo commits every visit
        // at once); without this lock, the visit-5 and visit-6 checks would each miss the other's insert
        alerts.lockEpisode(practice, episode);
        // a decided or superseded alert never comes back: nothing is raised for a visit older than the latest alert
        if (alerts.existsFor(practice, episode, visit) || alerts.openAtLeast(practice, episode, level)
                || alerts.laterExists(practice, episode, visit)) {
            return Optional.empty();
        }
        return alerts.insert(practice, episode, visit, level, evaluation.status(),
                evaluation.recommendation(), evaluation.reasons(), OffsetDateTime.now(clock));
    }

    /** The open alerts a user should see: a therapist their own episodes', the owner everyone's, front desk none. */
    @Transactional
    public List<Alert> open(CurrentPractice by) {
        if (!by.seesClinicalData()) {
            return List.of();
        }
        List<Alert> list = alerts.open(by.id(), by.role() == Role.OWNER ? null : by.userId());
        if (!list.isEmpty()) {
            auditLog.record(by, "ALERTS_READ", "alert", null, null, list.size() + " open alerts");
        }
        return list;
    }

    /**
     * One page of the home worklist (issue 15 item 3): of the user's own clients, or of every therapist's when the
     * owner asks for all; of one level or all (null). A page past the last shows the last. Front desk: empty.
     */
    @Transactional
    public Worklist worklist(CurrentPractice by, boolean allTherapists, CardLevel level, int page) {
        boolean all = allTherapists && by.role() == Role.OWNER;
        if (!by.seesClinicalData()) {
            return new Worklist(List.of(), List.of(), all, level, 1, 1, 0);
        }
        var therapist = all ? null : by.userId();
        var byRecommendation = alerts.openCounts(by.id(), therapist);
        var counts = new ArrayList<Worklist.Count>();
        int total = 0;
        for (CardLevel each : CardLevel.values()) {
            int cards = each.recommendations().stream().mapToInt(r -> byRecommendation.getOrDefault(r, 0)).sum();
            if (cards > 0) {
                counts.add(new Worklist.Count(each, cards));
            }
            if (level == null || level == each) {
                total += cards;
            }
        }
        int pages = Math.max(1, (total + Worklist.PAGE_SIZE - 1) / Worklist.PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Alert> cards = total == 0 ? List.of() : alerts.openPage(by.id(), therapist,
                level == null ? null : level.recommendations(), (shown - 1) * Worklist.PAGE_SIZE, Worklist.PAGE_SIZE);
        if (!cards.isEmpty()) {
            auditLog.record(by, "ALERTS_READ", "alert", null, null, cards.size() + " open alerts"
                    + (pages > 1 ? ", page " + shown + " of " + pages : ""));
        }
        return new Worklist(cards, counts, all, level, shown, pages, total);
    }

    /** Empty for front desk and for another practice's alert (both a 404). */
    @Transactional
    public Optional<Alert> find(CurrentPractice by, AlertId id) {
        if (!by.seesClinicalData()) {
            return Optional.empty();
        }
        Optional<Alert> alert = alerts.find(by.id(), id);
        alert.ifPresent(found -> auditLog.record(by, "ALERT_READ", "alert", id, found.client().value(), null));
        return alert;
    }

    /** Every alert of the episode, open or decided, oldest first. Not audited: shown on pages that audit. */
    @Transactional(readOnly = true)
    public List<Alert> forEpisode(PracticeId practice, EpisodeId episode) {
        return alerts.forEpisode(practice, episode);
    }

    /** The techniques used so far in the episode: the review's "techniques already tried", pre-filled. */
    @Transactional
    public Set<Technique> techniquesTried(CurrentPractice by, EpisodeId episode) {
        Set<Technique> tried = new TreeSet<>();
        for (Visit visit : episodes.visits(by, episode)) {
            tried.addAll(visit.techniques());
        }
        return tried;
    }

    /**
     * Acknowledges an alert with the therapist's decision and the off-track review, both kept and audited.
     *
     * @throws BadRequestException naming each missing answer; ConflictException when already acknowledged or stale
     */
    @Transactional
    public ReviewAdvice acknowledge(CurrentPractice by, AlertId id, Decision decision, OffTrackReview review,
            int seenVersion) {
        Alert alert = find(by, id).orElseThrow(NotFoundException::new);
        check(decision, review);
        ReviewAdvice advice = advice(by.id(), alert, review);
        alerts.decide(by.id(), id, decision, by.userId(), OffsetDateTime.now(clock), seenVersion);
        alerts.insertReview(by.id(), id, review, advice);
        // R5: a yes in the re-run screen is the client's red flag from now on, on every open episode.
        progress.keepReviewFlags(by, alert.episode(), review.redFlags());
        auditLog.record(by, "ALERT_ACKNOWLEDGED", "alert", id, alert.client().value(), decision.name()
                + "; suggested " + advice.actions() + (advice.redFlags().hasLevel()
                        ? "; red flags " + review.redFlags() + " → " + advice.redFlags().level() : ""));
        return advice;
    }

    /** What the review's answers suggest, weighing the client's standing red flags with the re-run screen (R5). */
    ReviewAdvice advice(PracticeId practice, Alert alert, OffTrackReview review) {
        return ReviewAdvice.of(review, alert.recommendation(), progress.standingFlags(practice, alert.episode()).raised());
    }

    /**
     * Issue 15 item 2: an emergency is not a review. When the therapist records what was done about an emergency
     * red flag, the episode's open alerts are decided as a referral without the off-track review (the emergency
     * record is kept by the module that keeps red flags). Audited per alert.
     *
     * @return how many alerts were closed
     */
    @Transactional
    public int closeForEmergency(CurrentPractice by, EpisodeId episode, String what) {
        if (!by.seesClinicalData()) {
            return 0;
        }
        int closed = 0;
        for (Alert alert : alerts.forEpisode(by.id(), episode)) {
            if (alert.isOpen()) {
                alerts.decide(by.id(), alert.id(), Decision.REFER, by.userId(), OffsetDateTime.now(clock),
                        alert.version());
                auditLog.record(by, "ALERT_CLOSED_BY_EMERGENCY", "alert", alert.id(), alert.client().value(), what);
                closed++;
            }
        }
        return closed;
    }

    /** The review kept with an acknowledged alert. */
    @Transactional(readOnly = true)
    Optional<AlertRepository.StoredReview> review(PracticeId practice, AlertId id) {
        return alerts.review(practice, id);
    }

    private static void check(Decision decision, OffTrackReview review) {
        var problems = new ArrayList<FieldProblem>();
        if (decision == null) {
            problems.add(new FieldProblem("decision", "choose what you decided: continue with a changed plan, refer or discharge"));
        }
        if (review.homework() == null) {
            problems.add(new FieldProblem("homework", "say whether the homework was done"));
        }
        if (review.expectations() == null) {
            problems.add(new FieldProblem("expectations", "say how the client's expectations look"));
        }
        if (review.alliance() == null) {
            problems.add(new FieldProblem("alliance", "say how the work together feels"));
        }
        if (!review.newSymptoms() && !review.redFlags().isEmpty()) {
            problems.add(new FieldProblem("redFlags", "red-flag answers need 'new symptoms' to be yes"));
        }
        length(problems, "lifeNote", review.lifeNote());
        length(problems, "note", review.note());
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }

    private static void length(List<FieldProblem> problems, String field, String text) {
        if (text != null && text.length() > 2000) {
            problems.add(new FieldProblem(field, "is longer than 2000 characters"));
        }
    }
}
