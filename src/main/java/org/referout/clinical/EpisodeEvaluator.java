package org.referout.clinical;

import java.util.ArrayList;
import java.util.List;

/**
 * The stateless evaluation of an episode (R4, R7): same input, same evaluation, no I/O, no clock.
 * The web app after every visit, the {@code evaluate} command and the batch re-evaluation all call this.
 */
public final class EpisodeEvaluator {

    private EpisodeEvaluator() {
    }

    /**
     * @throws InvalidEpisodeException when the input breaks R1/R7.4; the exception names the field (missing dates
     *                                 never do: R7.1)
     */
    public static Evaluation evaluate(EpisodeInput episode, ExpectedCurves curves) {
        InputProblem problem = EpisodeValidator.firstProblem(episode);
        if (problem != null) {
            throw new InvalidEpisodeException(problem);
        }
        PrimarySeries series = PrimarySeries.of(episode);
        Verdict verdict = Trajectory.decide(series, episode.chronic(), curves, episode.complaint());
        RedFlagScreening redFlags = RedFlagScreen.evaluate(episode.redFlags(), episode.clearedRedFlags());
        Recommendation recommendation = Recommendation.moreSevere(verdict.recommendation(), redFlags.level());
        int n = series.n;
        double improvement = series.improvement(n);
        double rci = ReliableChange.forMeasure(series.measure).index(improvement);
        ToleranceBound bound = verdict.bound();
        return new Evaluation(verdict.status(), recommendation, verdict.recommendation(), series.measure, n,
                series.value(1), series.value(n), improvement, percentOfBaseline(series, improvement),
                series.isImportantImprovement(n), rci, Math.abs(rci) > ReliableChange.CRITICAL_RCI,
                bound.hasValue() ? bound.value() : null, bound.source(), bound, series.band(), redFlags.level(),
                reasons(series, verdict, redFlags),
                ProviderTypeAdvice.advise(redFlags, verdict.status(), verdict.recommendation(), episode.complaint()),
                series.latestGroc);
    }

    /** The progress chart of C3: every scored visit with Δₖ and the bound and expected band at k. */
    public static ProgressChart chart(EpisodeInput episode, ExpectedCurves curves) {
        InputProblem problem = EpisodeValidator.firstProblem(episode);
        if (problem != null) {
            throw new InvalidEpisodeException(problem);
        }
        PrimarySeries series = PrimarySeries.of(episode);
        BaselineBand band = series.band();
        List<ChartPoint> points = new ArrayList<>(series.n);
        for (int k = 1; k <= series.n; k++) {
            Score score = episode.scores().get(series.inputIndex[k - 1]);
            points.add(new ChartPoint(k, score.visit(), score.date(), series.value(k), series.improvement(k),
                    curves.boundAt(series.measure, episode.complaint(), band, k)));
        }
        return new ProgressChart(series.measure, importantImprovementLine(series), points);
    }

    // R2: NPRS and PEG need the point threshold and 30 % of the baseline, PSFS the points only
    private static double importantImprovementLine(PrimarySeries series) {
        Measure measure = series.measure;
        double points = measure.importantPoints();
        return measure.needsThirtyPercent() ? Math.max(points, 0.3 * series.value(1)) : points;
    }

    private static Double percentOfBaseline(PrimarySeries series, double improvement) {
        double baseline = series.value(1);
        return baseline == 0 ? null : Decimals.round2(100 * improvement / baseline);
    }

    // R4.4: red flags first (they decide the most severe recommendations), then the trajectory
    private static List<Reason> reasons(PrimarySeries series, Verdict verdict, RedFlagScreening redFlags) {
        List<Reason> reasons = new ArrayList<>(redFlags.reasons().size() + 2);
        reasons.addAll(redFlags.reasons());
        if (series.baselineHasNoRoom()) {
            reasons.add(ReasonWriter.noRoom(series));
        }
        if (verdict.reason() != ReasonCode.BASELINE_NO_ROOM) {
            reasons.add(ReasonWriter.trajectory(series, verdict));
        }
        return reasons;
    }
}
