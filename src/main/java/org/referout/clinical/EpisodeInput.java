package org.referout.clinical;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything R4 needs about one episode: the complaint, whether it is chronic (symptoms for more than
 * three months at intake), the primary measure, the red flags and which of them were cleared, and all
 * scores in input order (any measure; the evaluator picks the primary one). Also the form of a
 * reference episode for {@link ExpectedCurves}.
 */
public record EpisodeInput(Complaint complaint, boolean chronic, Measure primaryMeasure, Set<RedFlag> redFlags,
                           Set<RedFlag> clearedRedFlags, List<Score> scores) {

    public EpisodeInput {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(primaryMeasure, "primaryMeasure");
        // EnumSet order (most severe flag first) keeps the reasons in a stable order
        redFlags = Collections.unmodifiableSet(enumSet(redFlags));
        clearedRedFlags = Collections.unmodifiableSet(enumSet(clearedRedFlags));
        scores = List.copyOf(scores);
    }

    /** An episode without red flags, e.g. a reference episode or a test scenario. */
    public static EpisodeInput of(Complaint complaint, boolean chronic, Measure primaryMeasure, List<Score> scores) {
        return new EpisodeInput(complaint, chronic, primaryMeasure, Set.of(), Set.of(), scores);
    }

    /** The same episode with the red flags given (cleared ones are kept). */
    public EpisodeInput withRedFlags(Collection<RedFlag> flags) {
        return new EpisodeInput(complaint, chronic, primaryMeasure, enumSet(flags),
                clearedRedFlags, scores);
    }

    /** The first R1/R7.4 problem, if any: what {@link EpisodeEvaluator#evaluate} would throw. */
    public Optional<InputProblem> firstProblem() {
        return Optional.ofNullable(EpisodeValidator.firstProblem(this));
    }

    private static EnumSet<RedFlag> enumSet(Collection<RedFlag> flags) {
        EnumSet<RedFlag> set = EnumSet.noneOf(RedFlag.class);
        if (flags != null) {
            set.addAll(flags);
        }
        return set;
    }
}
