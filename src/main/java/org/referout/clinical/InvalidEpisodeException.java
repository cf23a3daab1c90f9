package org.referout.clinical;

/** Thrown by {@link EpisodeEvaluator} for input that breaks R1/R7.4; carries the field for a 400 answer. */
public final class InvalidEpisodeException extends IllegalArgumentException {

    private final transient InputProblem problem;

    public InvalidEpisodeException(InputProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public InputProblem problem() {
        return problem;
    }
}
