package org.referout.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Scores the client gave at home in the before-visit questionnaire (C4), for the visit form to pre-fill.
 * {@code psfs} rates the episode's activities in order.
 */
public record HomeScores(OffsetDateTime answeredAt, int nprs, List<Integer> peg, List<Integer> psfs) {

    public HomeScores {
        peg = List.copyOf(peg);
        psfs = List.copyOf(psfs);
    }
}
