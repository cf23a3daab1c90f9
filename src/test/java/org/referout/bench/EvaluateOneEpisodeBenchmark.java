package org.referout.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.referout.clinical.EpisodeEvaluator;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Evaluation;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.SyntheticCohort;

/**
 * §P: evaluate one episode of 20 visits (target ≤ 20 µs median). Cycles through 1,024 different synthetic
 * episodes so branch prediction cannot learn one, against curves fitted from 4,000 reference episodes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluateOneEpisodeBenchmark {

    private List<EpisodeInput> episodes;
    private ExpectedCurves curves;
    private int next;

    @Setup
    public void setUp() {
        curves = ExpectedCurves.from(new SyntheticCohort(1, 0.5).episodes(4000, 8));
        episodes = new SyntheticCohort(2, 0.5).episodes(1024, 20);
    }

    @Benchmark
    public Evaluation evaluateTwentyVisits() {
        next = (next + 1) & 1023;
        return EpisodeEvaluator.evaluate(episodes.get(next), curves);
    }
}
