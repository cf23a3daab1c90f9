package org.referout.clinical;

import java.time.LocalDate;
import java.util.List;

/**
 * The scores of the primary measure in visit order, s₁ … sₙ of R4, as exact item sums over the fixed item
 * count m, with where each came from in the input (to name a field in an error) and its date.
 * Also picks up the latest GROC, which R2 reports but never uses for the status.
 */
final class PrimarySeries {

    final Measure measure;
    final int itemCount;
    final int n;
    final int[] sums;
    final int[] inputIndex;
    final LocalDate[] dates;
    final Score baselineScore;
    final Integer latestGroc;

    private PrimarySeries(Measure measure, int itemCount, int n, int[] sums, int[] inputIndex, LocalDate[] dates,
                          Score baselineScore, Integer latestGroc) {
        this.measure = measure;
        this.itemCount = itemCount;
        this.n = n;
        this.sums = sums;
        this.inputIndex = inputIndex;
        this.dates = dates;
        this.baselineScore = baselineScore;
        this.latestGroc = latestGroc;
    }

    /** Assumes a valid episode (see {@link EpisodeValidator}): visits already increase per measure. */
    static PrimarySeries of(EpisodeInput episode) {
        Measure measure = episode.primaryMeasure();
        List<Score> scores = episode.scores();
        int size = scores.size();
        int[] sums = new int[size];
        int[] inputIndex = new int[size];
        LocalDate[] dates = new LocalDate[size];
        int n = 0;
        Score baseline = null;
        Integer groc = null;
        for (int i = 0; i < size; i++) {
            Score score = scores.get(i);
            if (score.measure() == measure) {
                if (n == 0) {
                    baseline = score;
                }
                sums[n] = score.sum();
                inputIndex[n] = i;
                dates[n] = score.date();
                n++;
            } else if (score.measure() == Measure.GROC) {
                groc = score.sum(); // visits increase, so the last one in input order is the latest
            }
        }
        return new PrimarySeries(measure, baseline.itemCount(), n, sums, inputIndex, dates, baseline, groc);
    }

    /** Δₖ in units of 1/m (k from 1), positive when better. */
    int improvementSum(int k) {
        return ImportantChange.improvementSum(measure, sums[0], sums[k - 1]);
    }

    /** Δₖ in the measure's points. */
    double improvement(int k) {
        return (double) improvementSum(k) / itemCount;
    }

    /** sₖ in the measure's points (an exact mean for PSFS and PEG). */
    double value(int k) {
        return (double) sums[k - 1] / itemCount;
    }

    boolean isImportantImprovement(int k) {
        return ImportantChange.isImportantImprovement(measure, sums[0], sums[k - 1], itemCount);
    }

    boolean isDeterioration(int k) {
        return ImportantChange.isDeterioration(measure, sums[0], sums[k - 1], itemCount);
    }

    boolean isLargeDeterioration(int k) {
        return ImportantChange.isLargeDeterioration(measure, sums[0], sums[k - 1], itemCount);
    }

    boolean isRecovered(int k) {
        return ImportantChange.isRecovered(measure, sums[k - 1], itemCount);
    }

    boolean baselineHasNoRoom() {
        return ImportantChange.hasNoRoom(measure, sums[0], itemCount);
    }

    BaselineBand band() {
        return BaselineBand.of(measure, sums[0], itemCount);
    }

    /** R4.1 rule 4: max − min of sₖ₋₂, sₖ₋₁, sₖ is below the MCID point threshold. */
    boolean lastThreeWithinImportantPoints(int k) {
        int a = sums[k - 3];
        int b = sums[k - 2];
        int c = sums[k - 1];
        int range = Math.max(a, Math.max(b, c)) - Math.min(a, Math.min(b, c));
        return range < measure.importantPoints() * itemCount;
    }
}
