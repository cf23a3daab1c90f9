package org.referout.episode;

import java.util.List;

import org.referout.practice.CurrentPractice;
import org.referout.web.FieldProblem;

/**
 * A rule from a higher module that a visit must pass before it is stored (e.g. intake's C4 red-flag override).
 * Declared here so that episode does not depend on the modules that supply it; {@link Episodes#recordVisit} asks
 * every guard bean, in the recording transaction.
 */
public interface VisitGuard {

    /** Problems that stop this visit, named by the API's field (e.g. {@code overrideReason}); empty when it may go. */
    List<FieldProblem> check(CurrentPractice by, Episode episode, VisitInput input);

    /** Called after the visit is stored, in the same transaction (e.g. to keep the override with its visit). */
    default void recorded(CurrentPractice by, Episode episode, VisitId visit, VisitInput input) {
    }
}
