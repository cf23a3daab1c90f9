package org.referout.clinical;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One person's answers to the CBI: for each answered item the points of the option they chose, as printed
 * (Always / To a very high degree = 100 … Never / To a very low degree = 0). Unanswered items are simply absent;
 * R9's missing-data rule decides whether a scale still gets a score.
 */
public record CbiAnswers(Map<CbiItem, Integer> chosen) {

    public CbiAnswers {
        EnumMap<CbiItem, Integer> copy = new EnumMap<>(CbiItem.class);
        chosen.forEach((item, points) -> {
            if (points == null || !CbiAnswerType.isValidPoints(points)) {
                throw new IllegalArgumentException(item + ": a CBI answer is 0, 25, 50, 75 or 100, got " + points);
            }
            copy.put(item, points);
        });
        chosen = Collections.unmodifiableMap(copy);
    }

    public static CbiAnswers none() {
        return new CbiAnswers(Map.of());
    }

    public CbiAnswers with(CbiItem item, int points) {
        EnumMap<CbiItem, Integer> more = new EnumMap<>(CbiItem.class);
        more.putAll(chosen);
        more.put(item, points);
        return new CbiAnswers(more);
    }

    public OptionalInt answerTo(CbiItem item) {
        Integer points = chosen.get(item);
        return points == null ? OptionalInt.empty() : OptionalInt.of(points);
    }

    public int answeredIn(CbiScale scale) {
        return (int) chosen.keySet().stream().filter(item -> item.scale() == scale).count();
    }
}
