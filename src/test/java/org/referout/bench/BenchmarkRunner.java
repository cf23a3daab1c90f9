package org.referout.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the clinical benchmarks with modest iterations (a 2-core machine, each run under ~3 minutes):
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.referout.bench.BenchmarkRunner [one|batch]}.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        String which = args.length > 0 ? args[0] : "all";
        if (!"batch".equals(which)) {
            run(new OptionsBuilder().include(EvaluateOneEpisodeBenchmark.class.getSimpleName())
                    .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(5))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(5)).build());
        }
        if (!"one".equals(which)) {
            run(new OptionsBuilder().include(BatchOfEpisodesBenchmark.class.getSimpleName())
                    .forks(1).warmupIterations(2).measurementIterations(5).jvmArgsAppend("-Xmx6g").build());
        }
    }

    private static void run(Options options) throws RunnerException {
        new Runner(options).run();
    }
}
