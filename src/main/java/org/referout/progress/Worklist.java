package org.referout.progress;

import java.util.List;

/**
 * One page of the home worklist (issue 15 item 3): the cards (one per episode that needs a decision, most severe
 * first, then newest), how many cards each level has for the chosen therapists (all levels, whatever the level
 * filter), and where the page is. {@code page} counts from 1; {@code pages} is at least 1.
 */
public record Worklist(List<Alert> cards, List<Count> counts, boolean allTherapists, CardLevel level, int page,
        int pages, int total) {

    public static final int PAGE_SIZE = 20;

    public Worklist {
        cards = List.copyOf(cards);
        counts = List.copyOf(counts);
    }

    /** How many cards wait at one level (only levels that have cards are listed). */
    public record Count(CardLevel level, int cards) {

        public String text() {
            return cards + " " + level.word();
        }
    }

    /** Cards waiting at any level for the chosen therapists. */
    public int waiting() {
        return counts.stream().mapToInt(Count::cards).sum();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
