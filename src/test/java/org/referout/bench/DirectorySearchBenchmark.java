package org.referout.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.referout.directory.ZipCentroids;
import org.referout.directory.index.IndexQuery;
import org.referout.directory.index.IndexedProvider;
import org.referout.directory.index.ProviderIndex;

/**
 * Timed main (not a test): builds an on-disk index of N providers directly (no database: importing 8 M rows
 * through H2 first would take far longer than the search it measures), then times "type + within 25 km, top 10"
 * and reports the heap used after GC with the index open.
 * <pre>
 * mvn -o -q test-compile && java -Xmx3g -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     org.referout.bench.DirectorySearchBenchmark 8000000 2000
 * </pre>
 */
public final class DirectorySearchBenchmark {

    // type key, weight per 1000 — roughly the NPPES mix of the generator
    static final Object[][] MIX = { { "family-physician", 70 }, { "internal-medicine-physician", 70 },
        { "physician", 150 }, { "nurse-practitioner", 80 }, { "massage-therapist", 30 }, { "chiropractor", 22 },
        { "acupuncturist", 8 }, { "physical-therapist", 43 }, { "psychologist", 20 }, { "counsellor", 40 },
        { "dentist", 60 }, { "other", 407 } };
    static final String[] CODE = { "207Q00000X", "207R00000X", "207X00000X", "363L00000X", "225700000X", "111N00000X",
        "171100000X", "225100000X", "103T00000X", "101YM0800X", "122300000X", "163W00000X" };

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 8_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path dir = Path.of("target/bench/index-" + n);
        List<ZipCentroids.Point> points = new ArrayList<>();
        List<String> zips = new ArrayList<>();
        ZipCentroids centroids = new ZipCentroids();
        centroids.all().forEach(e -> {
            zips.add(e.getKey());
            points.add(e.getValue());
        });
        int[] cumulative = new int[MIX.length];
        int total = 0;
        for (int i = 0; i < MIX.length; i++) {
            total += (Integer) MIX[i][1];
            cumulative[i] = total;
        }
        ProviderIndex index;
        SplittableRandom random = new SplittableRandom(1);
        if (!Files.exists(dir.resolve("done"))) {
            Files.createDirectories(dir);
            index = ProviderIndex.open(dir);
            index.deleteAll();
            long started = System.nanoTime();
            List<IndexedProvider> batch = new ArrayList<>(10_000);
            for (long i = 0; i < n; i++) {
                int z = random.nextInt(zips.size());
                int r = random.nextInt(total);
                int t = Arrays.binarySearch(cumulative, r + 1);
                t = t >= 0 ? t : -t - 1;
                String type = (String) MIX[t][0];
                String code = CODE[t];
                List<String> types = type.equals("other") ? List.of() : type.endsWith("physician") && !type.equals("physician")
                        ? List.of(type, "physician") : List.of(type);
                batch.add(new IndexedProvider(1_000_000_000L + i, "PROVIDER " + i, List.of(code), code, types,
                        types.isEmpty() ? null : types.get(0), zips.get(z), points.get(z).lat(), points.get(z).lon()));
                if (batch.size() == 10_000) {
                    index.add(batch);
                    batch.clear();
                }
            }
            index.add(batch);
            index.commit(Map.of("bench", Long.toString(n)));
            long built = System.nanoTime();
            System.out.printf("index build: %,d providers in %.1f s (%,.0f docs/s)%n", n, (built - started) / 1e9,
                    n / ((built - started) / 1e9));
            index.optimize(1);
            System.out.printf("force merge to 1 segment: %.1f s%n", (System.nanoTime() - built) / 1e9);
            Files.writeString(dir.resolve("done"), "");
        }
        else {
            index = ProviderIndex.open(dir);
        }
        index.refresh();
        System.out.printf("index size: %,d docs, %,d MB on disk%n", index.size(), Files.walk(dir).filter(Files::isRegularFile)
            .mapToLong(p -> p.toFile().length()).sum() >> 20);
        String[] searchTypes = { "massage-therapist", "chiropractor", "physical-therapist", "family-physician",
            "psychologist", "acupuncturist" };
        SplittableRandom q = new SplittableRandom(7);
        // warm-up, then measure
        long[] nanos = new long[queries];
        long[] cpu = new long[queries];
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < queries; i++) {
                ZipCentroids.Point centre = points.get(q.nextInt(points.size()));
                String type = searchTypes[q.nextInt(searchTypes.length)];
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                index.search(new IndexQuery(Set.of(type), Set.of(), null, centre.lat(), centre.lon(), 25_000, 10));
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // CPU time per query as well: on a machine shared with other builds, wall time mostly measures waiting
        System.out.printf("search CPU time per query: p50 %.2f ms, p99 %.2f ms%n", cpu[queries / 2] / 1e6,
                cpu[queries * 99 / 100] / 1e6);
        System.out.printf("search type + 25 km top 10 over %,d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                queries, nanos[queries / 2] / 1e6, nanos[queries * 9 / 10] / 1e6, nanos[queries * 99 / 100] / 1e6,
                nanos[queries - 1] / 1e6);
        System.gc();
        Thread.sleep(500);
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("heap used after GC with the index open: %,d MB (max %,d MB)%n", heap.getUsed() >> 20,
                heap.getMax() >> 20);
        System.out.printf("machine: %d cores, %s, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                cpu(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        index.close();
    }

    /** The CPU model for the report line; "?" where the machine has no /proc/cpuinfo (the benchmark still runs). */
    static String cpu() throws Exception {
        if (!Files.isReadable(Path.of("/proc/cpuinfo"))) {
            return "?";
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of("/proc/cpuinfo")),
                StandardCharsets.US_ASCII))) {
            return r.lines().filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 2))
                .orElse("?");
        }
    }
}
