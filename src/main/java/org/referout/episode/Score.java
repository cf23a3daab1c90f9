package org.referout.episode;

import java.util.List;

import org.referout.clinical.Measure;

/**
 * One measure taken at a visit, shaped like CLINICAL.md R7.1: {@code value} for NPRS and GROC, {@code items}
 * for PSFS and PEG (the other one null / empty).
 */
public record Score(Measure measure, Integer value, List<Integer> items) {

    public Score {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Score single(Measure measure, int value) {
        return new Score(measure, value, List.of());
    }

    public static Score items(Measure measure, List<Integer> items) {
        return new Score(measure, null, items);
    }

    /** R1: the item for single-item measures, the exact mean of the items for PSFS and PEG. */
    public double score() {
        if (measure.isSingleItem()) {
            return value;
        }
        return items.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }
}
