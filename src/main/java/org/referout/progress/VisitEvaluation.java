package org.referout.progress;

import java.time.LocalDate;

import org.referout.clinical.Evaluation;
import org.referout.episode.VisitId;

/**
 * The evaluation of an episode as it stood right after one of its scored visits.
 *
 * @param k     1 for the baseline, 2 for the next visit with a score of the primary measure, … (R4's index)
 * @param visit the visit's number within the episode (visits without a primary score count too)
 */
public record VisitEvaluation(int k, int visit, VisitId visitId, LocalDate date, Evaluation evaluation) {
}
