package org.referout.clinical;

import java.time.LocalDate;

/** R4.1, the trajectory rules: the first that matches decides. */
final class Trajectory {

    private static final int INSUFFICIENT = 1;
    private static final int DETERIORATING = 2;
    private static final int RECOVERED = 3;
    private static final int STALLED = 4;
    private static final int IMPROVING = 5;
    private static final int PLATEAU = 6;
    private static final int NOT_ON_TRACK = 7;
    private static final int ON_TRACK = 8;

    /** R4.1 rule 6: six visits (acute) or eight visits or six weeks (chronic) is the trial of care (Lisi 2018). */
    static final int TRIAL_VISITS = 6;
    static final int TRIAL_VISITS_CHRONIC = 8;
    static final int TRIAL_DAYS_CHRONIC = 42;

    private Trajectory() {
    }

    static Verdict decide(PrimarySeries series, boolean chronic, ExpectedCurves curves, Complaint complaint) {
        int n = series.n;
        BaselineBand band = series.band();
        ToleranceBound bound = curves.boundAt(series.measure, complaint, band, n);
        return switch (ruleAt(series, n, bound)) {
            case INSUFFICIENT -> new Verdict(Status.INSUFFICIENT_DATA, Recommendation.CONTINUE,
                    n == 1 ? ReasonCode.BASELINE_ONLY : ReasonCode.BASELINE_NO_ROOM, bound, -1);
            case DETERIORATING -> deteriorating(series, n, bound);
            case RECOVERED -> new Verdict(Status.RECOVERED, Recommendation.DISCHARGE, ReasonCode.RECOVERED, bound, -1);
            case STALLED -> new Verdict(Status.PLATEAU, Recommendation.REVIEW,
                    ReasonCode.STALLED_AFTER_IMPROVEMENT, bound, -1);
            case IMPROVING -> new Verdict(Status.IMPROVING, Recommendation.CONTINUE,
                    ReasonCode.IMPORTANT_IMPROVEMENT, bound, -1);
            case PLATEAU -> plateau(series, n, chronic, bound);
            case NOT_ON_TRACK -> notOnTrack(series, n, bound,
                    curves.boundAt(series.measure, complaint, band, n - 1));
            default -> new Verdict(Status.ON_TRACK, Recommendation.CONTINUE, ReasonCode.EXPECTED_PROGRESS, bound, -1);
        };
    }

    /** R4.1 rules 1–8 at visit k, status only: also what rule 7 needs for the evaluation at n − 1. */
    private static int ruleAt(PrimarySeries series, int k, ToleranceBound bound) {
        if (k == 1) {
            return INSUFFICIENT;                                                    // rule 1
        }
        if (series.isDeterioration(k)) {
            return DETERIORATING;                                                   // rule 2
        }
        if (series.baselineHasNoRoom()) {
            return INSUFFICIENT;                                                    // rule 1, no room
        }
        if (series.isImportantImprovement(k)) {
            if (series.isRecovered(k)) {
                return RECOVERED;                                                   // rule 3
            }
            if (k >= 4 && series.isImportantImprovement(k - 2) && series.lastThreeWithinImportantPoints(k)) {
                return STALLED;                                                     // rule 4
            }
            return IMPROVING;                                                       // rule 5
        }
        if (k >= 4) {
            return PLATEAU;                                                         // rule 6
        }
        return bound.isBelow(series.improvement(k)) ? NOT_ON_TRACK : ON_TRACK;      // rules 7, 8
    }

    // rule 2: REFER if Δₙ₋₁ was a deterioration too (n ≥ 3) or Δₙ ≤ 2 × the threshold, else REVIEW
    private static Verdict deteriorating(PrimarySeries series, int n, ToleranceBound bound) {
        if (n >= 3 && series.isDeterioration(n - 1)) {
            return new Verdict(Status.DETERIORATING, Recommendation.REFER, ReasonCode.DETERIORATED_TWICE, bound, -1);
        }
        Recommendation recommendation = series.isLargeDeterioration(n) ? Recommendation.REFER : Recommendation.REVIEW;
        return new Verdict(Status.DETERIORATING, recommendation, ReasonCode.DETERIORATED, bound, -1);
    }

    // rule 6: REFER when n ≥ 6 (not chronic), n ≥ 8 (chronic), or chronic, n ≥ 4 and ≥ 42 days; else REVIEW
    private static Verdict plateau(PrimarySeries series, int n, boolean chronic, ToleranceBound bound) {
        boolean trialEnded;
        long days = -1;
        if (!chronic) {
            trialEnded = n >= TRIAL_VISITS;
        } else if (n >= TRIAL_VISITS_CHRONIC) {
            trialEnded = true;
        } else {
            days = daysSinceBaseline(series, n);
            trialEnded = days >= TRIAL_DAYS_CHRONIC;
        }
        return trialEnded
                ? new Verdict(Status.PLATEAU, Recommendation.REFER, ReasonCode.TRIAL_OF_CARE_ENDED, bound, days)
                : new Verdict(Status.PLATEAU, Recommendation.REVIEW, ReasonCode.NO_IMPORTANT_IMPROVEMENT, bound, days);
    }

    // rule 7: REFER if the evaluation at n − 1 was also NOT_ON_TRACK, else REVIEW
    private static Verdict notOnTrack(PrimarySeries series, int n, ToleranceBound bound, ToleranceBound previousBound) {
        if (ruleAt(series, n - 1, previousBound) == NOT_ON_TRACK) {
            return new Verdict(Status.NOT_ON_TRACK, Recommendation.REFER, ReasonCode.BELOW_EXPECTED_TWICE, bound, -1);
        }
        return new Verdict(Status.NOT_ON_TRACK, Recommendation.REVIEW, ReasonCode.BELOW_EXPECTED, bound, -1);
    }

    /**
     * R7.1: the days from the first to the latest score of the primary measure, or {@link Verdict#DAYS_UNKNOWN}
     * when either has no date; then the "42 days" branch cannot hold, and the episode is evaluated without it.
     */
    private static long daysSinceBaseline(PrimarySeries series, int n) {
        LocalDate first = series.dates[0];
        LocalDate latest = series.dates[n - 1];
        if (first == null || latest == null) {
            return Verdict.DAYS_UNKNOWN;
        }
        return latest.toEpochDay() - first.toEpochDay();
    }
}
