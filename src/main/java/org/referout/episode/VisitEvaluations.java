package org.referout.episode;

import java.util.Optional;

import org.referout.practice.PracticeId;

/**
 * The evaluation a therapist waits for after recording a visit (C3, P: synchronous, never through an event).
 * Declared here because the visit route lives here; supplied by the progress module, which episode cannot see
 * (STYLE §3: the lower module declares the interface, the higher one implements it). Without a supplier the
 * visit response simply has no evaluation.
 */
public interface VisitEvaluations {

    /** The episode's evaluation now, in a JSON-serialisable shape (CLINICAL.md R7.2); empty without a baseline. */
    Optional<Object> after(PracticeId practice, EpisodeId episode);
}
