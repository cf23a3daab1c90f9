package org.referout.progress;

import java.util.List;
import java.util.Optional;

import org.referout.clinical.Recommendation;

/**
 * The levels of the home worklist (issue 15 item 3), most severe first: the order of the cards, the count per level
 * heading the list and the level filter. Derived from the alert's recommendation (red flags included, R4.2).
 */
public enum CardLevel {
    EMERGENCY("emergency", "Emergency", List.of(Recommendation.REFER_EMERGENCY)),
    URGENT("urgent", "Urgent", List.of(Recommendation.REFER_URGENT)),
    REFER("refer", "Refer", List.of(Recommendation.REFER)),
    REVIEW("review", "Review", List.of(Recommendation.REVIEW, Recommendation.DISCHARGE, Recommendation.CONTINUE));

    private final String word;
    private final String label;
    private final List<Recommendation> recommendations;

    CardLevel(String word, String label, List<Recommendation> recommendations) {
        this.word = word;
        this.label = label;
        this.recommendations = recommendations;
    }

    /** The word in the count ("2 review") and in the address ({@code ?level=review}). */
    public String word() {
        return word;
    }

    /** The badge on the card. */
    public String label() {
        return label;
    }

    List<Recommendation> recommendations() {
        return recommendations;
    }

    public static CardLevel of(Recommendation recommendation) {
        for (CardLevel level : values()) {
            if (level.recommendations.contains(recommendation)) {
                return level;
            }
        }
        throw new IllegalArgumentException(String.valueOf(recommendation));
    }

    /** The level named in an address ({@code emergency}, {@code urgent}, {@code refer}, {@code review}). */
    static Optional<CardLevel> ofWord(String word) {
        for (CardLevel level : values()) {
            if (level.word.equals(word)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
