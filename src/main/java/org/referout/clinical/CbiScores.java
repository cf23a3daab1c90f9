package org.referout.clinical;

import java.util.OptionalDouble;

/**
 * The three CBI scale scores, 0–100, higher meaning more burnout. A scale with too few answers has no score
 * (empty), which is not the same as a score of 0. There is deliberately no total across scales and no label:
 * Kristensen treats burnout as a matter of degree (R9).
 */
public record CbiScores(OptionalDouble personal, OptionalDouble work, OptionalDouble client) {

    /** The line R9 asks every chart to draw; reported studies used ≥ 50 as "a high degree". */
    public static final double REFERENCE_LINE = 50.0;

    public OptionalDouble of(CbiScale scale) {
        return switch (scale) {
            case PERSONAL -> personal;
            case WORK -> work;
            case CLIENT -> client;
        };
    }
}
