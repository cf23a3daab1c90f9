package org.referout.clinical;

import java.util.List;

/**
 * The data of the progress chart (C3): the primary measure's points in visit order, and the MCID line as
 * the improvement Δ that counts as important for this baseline (R2: for NPRS and PEG the larger of the
 * point threshold and 30 % of the baseline).
 */
public record ProgressChart(Measure measure, double importantImprovementLine, List<ChartPoint> points) {

    public ProgressChart {
        points = List.copyOf(points);
    }
}
