package org.referout.episode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.referout.clinical.Measure;
import org.referout.web.FieldProblem;

/**
 * CLINICAL.md R1 and R7.4 for scores entered at a visit: known measure, whole numbers within the range, PSFS with
 * one item per activity of the episode, PEG with exactly 3 items, GROC only from the second scored visit on.
 * Messages name the field as the client sent it, e.g. {@code scores[0].value: 11 is outside 0..10 for NPRS}.
 */
final class ScoreValidation {

    private ScoreValidation() {
    }

    /**
     * @param earlierScoredVisit whether the episode already has a visit with scores (GROC needs one)
     * @return the valid scores; every problem is added to {@code problems}
     */
    static List<Score> check(List<ScoreInput> inputs, List<String> psfsActivities, boolean earlierScoredVisit,
            List<FieldProblem> problems) {
        var scores = new ArrayList<Score>();
        var seen = EnumSet.noneOf(Measure.class);
        for (int i = 0; i < inputs.size(); i++) {
            String field = "scores[" + i + "]";
            ScoreInput input = inputs.get(i);
            if (input == null) {
                problems.add(new FieldProblem(field, "is empty"));
                continue;
            }
            Measure measure = measure(field, input.measure(), problems);
            if (measure == null) {
                continue;
            }
            if (!seen.add(measure)) {
                problems.add(new FieldProblem(field + ".measure", measure + " is given twice"));
                continue;
            }
            Score score = !measure.isSingleItem()
                    ? itemScore(field, measure, input, psfsActivities.size(), problems)
                    : singleScore(field, measure, input, earlierScoredVisit, problems);
            if (score != null) {
                scores.add(score);
            }
        }
        return scores;
    }

    private static Measure measure(String field, String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field + ".measure", "is required (NPRS, PSFS, PEG or GROC)"));
            return null;
        }
        try {
            return Measure.valueOf(code.strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field + ".measure", code + " is not a known measure (NPRS, PSFS, PEG or GROC)"));
            return null;
        }
    }

    private static Score singleScore(String field, Measure measure, ScoreInput input, boolean earlierScoredVisit,
            List<FieldProblem> problems) {
        if (input.items() != null && !input.items().isEmpty()) {
            problems.add(new FieldProblem(field + ".items", measure + " takes one value, not items"));
            return null;
        }
        if (measure == Measure.GROC && !earlierScoredVisit) {
            problems.add(new FieldProblem(field + ".measure", "GROC rates change, so it is taken from the second scored visit on"));
            return null;
        }
        Integer value = whole(field + ".value", input.value(), measure, problems);
        return value == null ? null : Score.single(measure, value);
    }

    private static Score itemScore(String field, Measure measure, ScoreInput input, int activities,
            List<FieldProblem> problems) {
        if (input.value() != null) {
            problems.add(new FieldProblem(field + ".value", measure + " is scored from items, not a value"));
            return null;
        }
        List<BigDecimal> items = input.items() == null ? List.of() : input.items();
        if (measure == Measure.PSFS && activities == 0) {
            problems.add(new FieldProblem(field + ".measure", "this episode has no PSFS activities"));
            return null;
        }
        // R1 fixes PEG at 3 items; R7.4 fixes PSFS at one item per activity of the episode (1 to 5 at its start).
        String countProblem = measure == Measure.PSFS
                ? (items.size() == activities ? null
                        : "PSFS needs " + activities + " items, one per activity of this episode, got " + items.size())
                : measure.problemWithItemCount(items.size());
        if (countProblem != null) {
            problems.add(new FieldProblem(field + ".items", countProblem));
            return null;
        }
        var values = new ArrayList<Integer>();
        for (int j = 0; j < items.size(); j++) {
            Integer value = whole(field + ".items[" + j + "]", items.get(j), measure, problems);
            values.add(value);
        }
        return values.contains(null) ? null : Score.items(measure, values);
    }

    private static Integer whole(String field, BigDecimal number, Measure measure, List<FieldProblem> problems) {
        if (number == null) {
            problems.add(new FieldProblem(field, "is required for " + measure));
            return null;
        }
        String problem = measure.problemWith(number);
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
            return null;
        }
        return number.intValueExact();
    }
}
