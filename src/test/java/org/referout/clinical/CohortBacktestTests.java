package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Backtest of the early warning (R4.1 rules 6–7 with R4.3 curves) on a synthetic cohort: curves from one
 * half, and on the other half, how well NOT_ON_TRACK or PLATEAU at scored visits 2–4 predicts "no important
 * improvement by visit 8". Figures are printed and kept in docs/benchmarks.md ("Cohort backtest").
 */
class CohortBacktestTests {

    record Figures(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

        double sensitivity() {
            return (double) truePositives / (truePositives + falseNegatives);
        }

        double specificity() {
            return (double) trueNegatives / (trueNegatives + falsePositives);
        }

        double ppv() {
            return (double) truePositives / (truePositives + falsePositives);
        }

        @Override
        public String toString() {
            return String.format("TP %d FP %d TN %d FN %d; sensitivity %.3f, specificity %.3f, PPV %.3f",
                    truePositives, falsePositives, trueNegatives, falseNegatives, sensitivity(), specificity(), ppv());
        }
    }

    static Figures backtest(ExpectedCurves curves, List<EpisodeInput> test) {
        return backtest(curves, test, 4, true);
    }

    /** Flagged: NOT_ON_TRACK (or, when plateauCounts, PLATEAU) at any scored visit from 2 to lastVisit. */
    static Figures backtest(ExpectedCurves curves, List<EpisodeInput> test, int lastVisit, boolean plateauCounts) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (EpisodeInput episode : test) {
            boolean flagged = false;
            for (int n = 2; n <= lastVisit; n++) {
                Status status = EpisodeEvaluator.evaluate(SyntheticCohort.firstVisits(episode, n), curves).status();
                flagged |= status == Status.NOT_ON_TRACK || plateauCounts && status == Status.PLATEAU;
            }
            boolean poorOutcome = !EpisodeEvaluator.evaluate(episode, curves).importantImprovement();
            if (flagged) {
                if (poorOutcome) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (poorOutcome) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Figures(tp, fp, tn, fn);
    }

    @Test
    void slowEarlyProgressPredictsNoImportantImprovementByVisitEight() {
        SyntheticCohort cohort = new SyntheticCohort(20261127L, 0.5);
        List<EpisodeInput> reference = cohort.episodes(4000, 8);
        List<EpisodeInput> test = cohort.episodes(4000, 8);

        Figures fitted = backtest(ExpectedCurves.from(reference), test);
        Figures defaults = backtest(ExpectedCurves.none(), test);
        System.out.println("Cohort backtest, fitted curves: " + fitted);
        System.out.println("Cohort backtest, default bound:  " + defaults);
        Figures early = backtest(ExpectedCurves.from(reference), test, 3, false);
        System.out.println("Cohort backtest, NOT_ON_TRACK at visits 2-3 only, fitted curves: " + early);
        System.out.println("Cohort backtest, NOT_ON_TRACK at visits 2-3 only, default bound: "
                + backtest(ExpectedCurves.none(), test, 3, false));

        assertThat(fitted.truePositives() + fitted.falsePositives() + fitted.trueNegatives() + fitted.falseNegatives())
                .isEqualTo(4000);
        // PLATEAU at visit 4 (rule 6) catches nearly every poor outcome, at the price of reviewing slow responders
        assertThat(fitted.sensitivity()).isGreaterThan(0.85);
        assertThat(fitted.specificity()).isGreaterThan(0.5);
        assertThat(fitted.ppv()).isGreaterThan(0.6);
        // the curves alone warn earlier and more specifically (the bound is set at 80 % specificity)
        assertThat(early.specificity()).isGreaterThan(0.75);
        assertThat(early.ppv()).isGreaterThan(fitted.ppv());
        // the fitted curves should flag at least as many poor outcomes as the default bound does
        assertThat(fitted.sensitivity()).isGreaterThanOrEqualTo(defaults.sensitivity());
    }
}
