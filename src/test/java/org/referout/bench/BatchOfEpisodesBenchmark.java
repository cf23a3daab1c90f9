package org.referout.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.referout.clinical.EpisodeEvaluator;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.SyntheticCohort;

/**
 * §P: re-evaluate 1,000,000 episodes of 10 scores each (10 M scores) in batch, in parallel chunks on all
 * cores (target ≤ 30 s on 2 cores). One operation is the whole batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchOfEpisodesBenchmark {

    static final int EPISODES = 1_000_000;

    private List<EpisodeInput> episodes;
    private ExpectedCurves curves;
    private ExecutorService pool;
    private int threads;

    @Setup(Level.Trial)
    public void setUp() {
        curves = ExpectedCurves.from(new SyntheticCohort(1, 0.5).episodes(4000, 8));
        episodes = new SyntheticCohort(3, 0.5).episodes(EPISODES, 10);
        threads = Runtime.getRuntime().availableProcessors();
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public long evaluateAll() throws InterruptedException, ExecutionException {
        List<Future<Long>> chunks = new ArrayList<>(threads);
        int size = (EPISODES + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * size;
            int to = Math.min(EPISODES, from + size);
            chunks.add(pool.submit(() -> {
                long checksum = 0;
                for (int i = from; i < to; i++) {
                    checksum += EpisodeEvaluator.evaluate(episodes.get(i), curves).status().ordinal();
                }
                return checksum;
            }));
        }
        long checksum = 0;
        for (Future<Long> chunk : chunks) {
            checksum += chunk.get();
        }
        return checksum;
    }
}
