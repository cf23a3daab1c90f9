package org.referout.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the evaluation that hold for any input (jqwik). */
class EvaluationPropertyTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Provide
    Arbitrary<EpisodeInput> episodes() {
        Arbitrary<List<Integer>> values = Arbitraries.integers().between(0, 10).list().ofMinSize(1).ofMaxSize(20);
        Arbitrary<Set<RedFlag>> flags = Arbitraries.of(RedFlag.class).set().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(Complaint.class), Arbitraries.of(true, false), values, flags,
                Arbitraries.integers().between(1, 21)).as((complaint, chronic, scores, redFlags, days) ->
                new EpisodeInput(complaint, chronic, Measure.NPRS, redFlags, Set.of(), nprs(scores, days)));
    }

    @Provide
    Arbitrary<List<EpisodeInput>> references() {
        Arbitrary<EpisodeInput> reference = Combinators.combine(Arbitraries.of(Complaint.LOW_BACK_PAIN, Complaint.NECK_PAIN),
                Arbitraries.integers().between(0, 10).list().ofMinSize(1).ofMaxSize(6))
                .as((complaint, tail) -> {
                    List<Integer> values = new ArrayList<>();
                    values.add(8); // all severe, so groups fill up
                    values.addAll(tail);
                    return EpisodeInput.of(complaint, false, Measure.NPRS, nprs(values, 7));
                });
        return reference.list().ofMinSize(40).ofMaxSize(160);
    }

    private static List<Score> nprs(List<Integer> values, int days) {
        List<Score> scores = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            scores.add(Score.of(i + 1, START.plusDays((long) days * i), Measure.NPRS, values.get(i)));
        }
        return scores;
    }

    @Property
    void evaluationIsDeterministic(@ForAll("episodes") EpisodeInput episode) {
        assertThat(EpisodeEvaluator.evaluate(episode, ExpectedCurves.none()))
                .isEqualTo(EpisodeEvaluator.evaluate(episode, ExpectedCurves.none()));
    }

    @Property
    void aSeriesThatOnlyImprovesNeverDeteriorates(@ForAll("episodes") EpisodeInput episode) {
        List<Integer> values = new ArrayList<>();
        for (Score score : episode.scores()) {
            values.add(score.sum());
        }
        values.sort(Collections.reverseOrder()); // NPRS: lower is better
        EpisodeInput improving = new EpisodeInput(episode.complaint(), episode.chronic(), Measure.NPRS, Set.of(),
                Set.of(), nprs(values, 7));
        assertThat(EpisodeEvaluator.evaluate(improving, ExpectedCurves.none()).status())
                .isNotEqualTo(Status.DETERIORATING);
    }

    @Property
    void addingARedFlagNeverLowersTheRecommendation(@ForAll("episodes") EpisodeInput episode,
                                                     @ForAll RedFlag flag) {
        Recommendation before = EpisodeEvaluator.evaluate(episode, ExpectedCurves.none()).recommendation();
        EnumSet<RedFlag> more = EnumSet.of(flag);
        more.addAll(episode.redFlags());
        Recommendation after = EpisodeEvaluator.evaluate(episode.withRedFlags(more), ExpectedCurves.none())
                .recommendation();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 50)
    void inputOrderOfEpisodesChangesNoResult(@ForAll("references") List<EpisodeInput> reference,
                                            @ForAll("episodes") EpisodeInput episode, @ForAll long seed) {
        List<EpisodeInput> shuffled = new ArrayList<>(reference);
        Collections.shuffle(shuffled, new Random(seed));
        ExpectedCurves curves = ExpectedCurves.from(reference);
        ExpectedCurves shuffledCurves = ExpectedCurves.from(shuffled);
        for (int k = 2; k <= 6; k++) {
            assertThat(shuffledCurves.boundAt(Measure.NPRS, Complaint.NECK_PAIN, BaselineBand.SEVERE, k))
                    .isEqualTo(curves.boundAt(Measure.NPRS, Complaint.NECK_PAIN, BaselineBand.SEVERE, k));
        }
        assertThat(EpisodeEvaluator.evaluate(episode, shuffledCurves))
                .isEqualTo(EpisodeEvaluator.evaluate(episode, curves));
        // evaluating a batch in another order gives each episode the same evaluation
        List<EpisodeInput> batch = new ArrayList<>(reference.subList(0, 10));
        batch.add(episode);
        List<Evaluation> forward = new ArrayList<>();
        for (EpisodeInput each : batch) {
            forward.add(EpisodeEvaluator.evaluate(each, curves));
        }
        for (int i = batch.size() - 1; i >= 0; i--) {
            assertThat(EpisodeEvaluator.evaluate(batch.get(i), shuffledCurves)).isEqualTo(forward.get(i));
        }
    }
}
