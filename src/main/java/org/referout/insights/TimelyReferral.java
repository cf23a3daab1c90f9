package org.referout.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.referout.clinical.Status;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStatus;
import org.referout.insights.EpisodeFacts.VisitFacts;

/**
 * The timely-referral measure (C7): of the episodes that became PLATEAU, NOT_ON_TRACK or DETERIORATING, the share
 * that were reviewed or referred within two visits. This, not the share of clients who got better, is the
 * therapist's own quality measure: it is what they control.
 * <p>
 * Precisely, replaying the evaluation after each visit:
 * <ul>
 * <li>k is the first visit after which the status was PLATEAU, NOT_ON_TRACK or DETERIORATING;</li>
 * <li>the window is visits k, k+1 and k+2; it closes on the day of visit k+3, or when the episode is closed;</li>
 * <li>the episode was <em>reviewed or referred in time</em> when, by the day the window closes (or today, if it
 * has not), an alert of the episode raised at visit k, k+1 or k+2 was acknowledged with a decision (progress),
 * or a referral was created for it from the day of visit k on (referral), or it was closed as REFERRED_OUT;</li>
 * <li>it was <em>missed</em> when the window closed without any of these;</li>
 * <li>episodes whose window is still open and not yet reviewed are <em>pending</em> and not counted.</li>
 * </ul>
 *
 * @param share   reviewed-in-time of decided (reviewed + missed)
 * @param missed  the episodes that were not reviewed in time, for the therapist to look at
 * @param pending episodes still inside their window
 */
public record TimelyReferral(Share share, List<Missed> missed, int pending) {

    /** An episode not reviewed or referred within two visits of going off track. */
    public record Missed(EpisodeId episode, long clientId, String complaint, Status offTrackStatus,
            int offTrackVisit, LocalDate offTrackOn, int visitsSince) {

        /** The status in plain words, as the rest of the dashboard says it. */
        public String statusWords() {
            return StatusWords.of(offTrackStatus);
        }
    }

    enum Verdict { IN_TIME, MISSED, PENDING }

    static TimelyReferral of(List<EpisodeOutcome> outcomes, Map<EpisodeId, List<EpisodeReviews.Review>> reviews,
            LocalDate today) {
        int inTime = 0;
        int pending = 0;
        List<Missed> missed = new ArrayList<>();
        for (EpisodeOutcome outcome : outcomes) {
            if (outcome.firstOffTrackVisit().isEmpty()) {
                continue;
            }
            Verdict verdict = judge(outcome, reviews.getOrDefault(outcome.episode().id(), List.of()), today);
            switch (verdict) {
                case IN_TIME -> inTime++;
                case PENDING -> pending++;
                case MISSED -> missed.add(missed(outcome));
            }
        }
        return new TimelyReferral(Share.of(inTime, inTime + missed.size()), missed, pending);
    }

    static Verdict judge(EpisodeOutcome outcome, List<EpisodeReviews.Review> reviews, LocalDate today) {
        EpisodeFacts episode = outcome.episode();
        int k = outcome.firstOffTrackVisit().orElseThrow();
        LocalDate start = episode.visits().get(k - 1).date();
        Optional<LocalDate> visitAfterWindow = episode.visits().size() >= k + 3
                ? Optional.of(episode.visits().get(k + 2).date()) : Optional.empty();
        Optional<LocalDate> closedOn = Optional.ofNullable(episode.closedAt()).map(at -> at.toLocalDate());
        boolean windowClosed = visitAfterWindow.isPresent() || episode.status() != EpisodeStatus.ACTIVE;
        LocalDate deadline = visitAfterWindow.or(() -> closedOn).orElse(today);
        boolean referredOut = episode.status() == EpisodeStatus.REFERRED_OUT
                && (visitAfterWindow.isEmpty() || closedOn.map(day -> !day.isAfter(deadline)).orElse(false));
        boolean reviewed = reviews.stream().anyMatch(review -> !review.on().isAfter(deadline) && switch (review.kind()) {
            case ALERT_DECIDED -> visitNumber(episode, review.visitId()) >= k && visitNumber(episode, review.visitId()) <= k + 2;
            case REFERRAL_CREATED -> !review.on().isBefore(start);
        });
        if (reviewed || referredOut) {
            return Verdict.IN_TIME;
        }
        return windowClosed ? Verdict.MISSED : Verdict.PENDING;
    }

    private static int visitNumber(EpisodeFacts episode, Long visitId) {
        return episode.visits().stream().filter(visit -> visitId != null && visit.visitId() == visitId)
            .mapToInt(VisitFacts::number).findFirst().orElse(0);
    }

    private static Missed missed(EpisodeOutcome outcome) {
        int k = outcome.firstOffTrackVisit().orElseThrow();
        VisitFacts visit = outcome.episode().visits().get(k - 1);
        return new Missed(outcome.episode().id(), outcome.episode().clientId(), outcome.episode().complaint().label(),
                outcome.statusAfter().get(k - 1), k, visit.date(), outcome.episode().visits().size() - k);
    }
}
