package org.referout.clinical;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One score of one measure at one visit, as entered: the items are kept (R1: PSFS and PEG are means of
 * items), so the rules can compare in exact integer sums. Not validated here: {@link EpisodeInput} checks
 * a whole episode at once so that a message can name the score's position ("scores[2].value").
 *
 * @param visit   the visit number, positive and increasing per measure (R7.1)
 * @param date    the visit date, or null when unknown (needed only by R4.1 rule 6 for chronic complaints)
 * @param measure which measure
 * @param items   the item values: one for NPRS and GROC, 1–5 for PSFS, 3 for PEG
 */
public record Score(int visit, LocalDate date, Measure measure, int[] items) {

    public Score {
        Objects.requireNonNull(measure, "measure");
        items = items.clone();
    }

    /** A single-item score (NPRS, GROC). */
    public static Score of(int visit, LocalDate date, Measure measure, int value) {
        return new Score(visit, date, measure, new int[] { value });
    }

    /** A score of several items (PSFS activities, PEG's three items). */
    public static Score ofItems(int visit, LocalDate date, Measure measure, int... items) {
        return new Score(visit, date, measure, items);
    }

    /** The items, copied (a record must not leak its array). */
    @Override
    public int[] items() {
        return items.clone();
    }

    /** Item j without copying the array (the validator reads every item of every score). */
    int item(int j) {
        return items[j];
    }

    public int itemCount() {
        return items.length;
    }

    /** Sum of the items: the score in units of 1/itemCount. */
    public int sum() {
        int sum = 0;
        for (int item : items) {
            sum += item;
        }
        return sum;
    }

    /** R1 score value: the item, or the exact mean of the items (PSFS, PEG). */
    public double value() {
        return (double) sum() / items.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Score that && visit == that.visit && Objects.equals(date, that.date)
                && measure == that.measure && Arrays.equals(items, that.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(visit, date, measure, Arrays.hashCode(items));
    }

    @Override
    public String toString() {
        return measure + "@" + visit + Arrays.toString(items);
    }
}
