package org.referout.insights;

import java.util.List;
import java.util.Optional;

/**
 * The outcomes of a group of episodes (the whole caseload, one complaint, one technique).
 * <ul>
 * <li>{@code improvement}, {@code recovered}, {@code notImproving} are shares of the <em>evaluated</em> episodes
 * (at least two scores of the primary measure), judged by the evaluation after the latest visit: an important
 * improvement (R2); RECOVERED; PLATEAU, NOT_ON_TRACK or DETERIORATING.</li>
 * <li>{@code referredOut} is a share of all the group's episodes: closed as REFERRED_OUT.</li>
 * <li>{@code medianVisitsToImprovement}: among episodes with an important improvement now, the median of the first
 * visit after which one was seen; empty when there are none.</li>
 * </ul>
 */
public record GroupOutcome(String label, int episodes, int evaluated, Share improvement, Share recovered,
        Share notImproving, Share referredOut, Optional<Double> medianVisitsToImprovement) {

    public boolean tooFew() {
        return evaluated < Share.MINIMUM_GROUP;
    }

    static GroupOutcome of(String label, List<EpisodeOutcome> outcomes) {
        List<EpisodeOutcome> evaluated = outcomes.stream().filter(EpisodeOutcome::evaluated).toList();
        int n = evaluated.size();
        List<Integer> visits = evaluated.stream().filter(EpisodeOutcome::importantImprovement)
            .map(o -> o.firstImprovementVisit().orElseThrow()).sorted().toList();
        return new GroupOutcome(label, outcomes.size(), n,
                Share.of(count(evaluated, EpisodeOutcome::importantImprovement), n),
                Share.of(count(evaluated, EpisodeOutcome::recovered), n),
                Share.of(count(evaluated, EpisodeOutcome::notImproving), n),
                Share.of(count(outcomes, EpisodeOutcome::referredOut), outcomes.size()), median(visits));
    }

    public String medianText() {
        return medianVisitsToImprovement.map(m -> m % 1 == 0 ? String.valueOf(m.intValue()) : String.valueOf(m))
            .orElse("—");
    }

    static Optional<Double> median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }

    private static int count(List<EpisodeOutcome> outcomes, java.util.function.Predicate<EpisodeOutcome> test) {
        return (int) outcomes.stream().filter(test).count();
    }
}
