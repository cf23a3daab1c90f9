package org.referout.clinical;

import java.util.List;

/** R1 and R7.4: what makes an episode impossible to evaluate, named by field and value. */
final class EpisodeValidator {

    private EpisodeValidator() {
    }

    /** The first problem in input order, or null when the episode can be evaluated. */
    static InputProblem firstProblem(EpisodeInput episode) {
        Measure primary = episode.primaryMeasure();
        if (!primary.canBePrimary()) {
            return new InputProblem("primaryMeasure", primary + " is secondary and cannot be the primary measure");
        }
        List<Score> scores = episode.scores();
        int firstVisit = firstNonGrocVisit(scores);
        int[] lastVisit = new int[Measure.values().length];
        int psfsItems = 0;
        boolean hasPrimary = false;
        for (int i = 0; i < scores.size(); i++) {
            Score score = scores.get(i);
            InputProblem problem = problemWith(score, i);
            if (problem != null) {
                return problem;
            }
            Measure measure = score.measure();
            int visit = score.visit();
            if (visit <= lastVisit[measure.ordinal()]) {
                return new InputProblem(field(i, "visit"), visit + " is not after visit "
                        + lastVisit[measure.ordinal()] + " of the previous " + measure + " score");
            }
            lastVisit[measure.ordinal()] = visit;
            // R1: the PSFS activities are fixed when the episode starts
            if (measure == Measure.PSFS) {
                if (psfsItems != 0 && score.itemCount() != psfsItems) {
                    return new InputProblem(field(i, "items"), score.itemCount()
                            + " activities, but the first PSFS score rated " + psfsItems);
                }
                psfsItems = score.itemCount();
            }
            // R1: GROC rates the change since the start, so it exists from the second scored visit on
            if (measure == Measure.GROC && visit <= firstVisit) {
                return new InputProblem(field(i, "visit"),
                        "GROC is rated from the second visit on, got visit " + visit);
            }
            hasPrimary |= measure == primary;
        }
        if (!hasPrimary) {
            return new InputProblem("scores", "no score of the primary measure " + primary);
        }
        return null;
    }

    private static InputProblem problemWith(Score score, int index) {
        Measure measure = score.measure();
        if (score.visit() <= 0) {
            return new InputProblem(field(index, "visit"), score.visit() + " is not a positive visit number");
        }
        String countProblem = measure.problemWithItemCount(score.itemCount());
        if (countProblem != null) {
            return new InputProblem(field(index, measure.isSingleItem() ? "value" : "items"), countProblem);
        }
        for (int j = 0; j < score.itemCount(); j++) {
            String problem = measure.problemWith(score.item(j));
            if (problem != null) {
                return new InputProblem(itemField(index, measure, j), problem);
            }
        }
        return null;
    }

    private static int firstNonGrocVisit(List<Score> scores) {
        int first = Integer.MAX_VALUE;
        for (Score score : scores) {
            if (score.measure() != Measure.GROC) {
                first = Math.min(first, score.visit());
            }
        }
        return first;
    }

    /** "scores[2].value" for single-item measures, "scores[1].items[0]" otherwise (the R7.1 field names). */
    static String itemField(int index, Measure measure, int item) {
        return measure.isSingleItem() ? field(index, "value") : field(index, "items[" + item + "]");
    }

    static String field(int index, String name) {
        return "scores[" + index + "]." + name;
    }
}
