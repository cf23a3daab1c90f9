package org.referout.clinical;

import java.util.List;

/**
 * How a CBI item is answered (R9, CLINICAL-EVIDENCE §5.2): by how often (frequency) or by how much (degree).
 * Both have five options worth 100, 75, 50, 25 and 0 points, listed from most to least.
 */
public enum CbiAnswerType {

    FREQUENCY(List.of("Always", "Often", "Sometimes", "Seldom", "Never/almost never")),
    DEGREE(List.of("To a very high degree", "To a high degree", "Somewhat", "To a low degree",
            "To a very low degree"));

    /** The points of the options, in the order of {@link #labels()}. */
    public static final List<Integer> POINTS = List.of(100, 75, 50, 25, 0);

    private final List<String> labels;

    CbiAnswerType(List<String> labels) {
        this.labels = labels;
    }

    public List<String> labels() {
        return labels;
    }

    /** The wording of the option worth these points (before any reversal). */
    public String label(int points) {
        int index = POINTS.indexOf(points);
        if (index < 0) {
            throw new IllegalArgumentException("A CBI answer is 0, 25, 50, 75 or 100, got " + points);
        }
        return labels.get(index);
    }

    public static boolean isValidPoints(int points) {
        return POINTS.contains(points);
    }
}
