package org.referout.progress;

import java.util.ArrayList;
import java.util.List;

import org.referout.clinical.BaselineBand;
import org.referout.clinical.ChartPoint;
import org.referout.clinical.EpisodeEvaluator;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.Measure;
import org.referout.clinical.Score;
import org.referout.clinical.ToleranceBound;

/**
 * Turns the clinical engine's chart data (improvements Δ over the baseline) into what the chart draws (scores
 * on the measure's own scale), and adds the band two visits ahead so the therapist sees where the client should
 * be heading.
 */
final class ChartData {

    /** How far past the last score the expected band is drawn. */
    static final int BAND_AHEAD = 2;

    private ChartData() {
    }

    static ProgressChart.Data of(EpisodeInput input, ExpectedCurves curves, List<ProgressChart.Marker> markers) {
        org.referout.clinical.ProgressChart chart = EpisodeEvaluator.chart(input, curves);
        Measure measure = chart.measure();
        List<ChartPoint> points = chart.points();
        double baseline = points.get(0).score();
        List<ProgressChart.Point> scores = points.stream().map(p -> new ProgressChart.Point(p.k(), p.score())).toList();
        List<ProgressChart.Band> bands = new ArrayList<>();
        for (ChartPoint point : points) {
            band(measure, baseline, point.k(), point.bound(), bands);
        }
        Score baselineScore = input.scores().stream().filter(s -> s.measure() == measure).findFirst().orElseThrow();
        BaselineBand band = BaselineBand.of(baselineScore);
        int last = points.size();
        for (int k = last + 1; k <= last + BAND_AHEAD; k++) {
            band(measure, baseline, k, curves.boundAt(measure, input.complaint(), band, k), bands);
        }
        double line = toScore(measure, baseline, chart.importantImprovementLine());
        Double important = line >= measure.min() && line <= measure.max() ? line : null;
        return new ProgressChart.Data(measure.labelWithCode(), measure.min(), measure.max(),
                measure.higherIsBetter(), scores, bands, important, markers);
    }

    private static void band(Measure measure, double baseline, int k, ToleranceBound bound,
            List<ProgressChart.Band> bands) {
        if (k < 2 || !bound.hasExpectedBand()) {
            return;
        }
        double a = toScore(measure, baseline, bound.expectedLow());
        double b = toScore(measure, baseline, bound.expectedHigh());
        bands.add(new ProgressChart.Band(k, Math.min(a, b), Math.max(a, b)));
    }

    /** Δ is "better minus worse" (CLINICAL.md): for NPRS and PEG a score that is Δ lower, for PSFS Δ higher. */
    static double toScore(Measure measure, double baseline, double improvement) {
        return measure.higherIsBetter() ? baseline + improvement : baseline - improvement;
    }
}
