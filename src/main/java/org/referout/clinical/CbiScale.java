package org.referout.clinical;

/**
 * The three scales of the Copenhagen Burnout Inventory (R9, Kristensen 2005), each with the least number of
 * answered items for which a score is given. R9: fewer than 3 answered (personal, client) or fewer than 4 (work)
 * gives no score for that scale.
 */
public enum CbiScale {

    PERSONAL("Personal burnout", 3),
    WORK("Work-related burnout", 4),
    CLIENT("Client-related burnout", 3);

    private final String title;
    private final int minimumAnswered;

    CbiScale(String title, int minimumAnswered) {
        this.title = title;
        this.minimumAnswered = minimumAnswered;
    }

    public String title() {
        return title;
    }

    public int minimumAnswered() {
        return minimumAnswered;
    }
}
