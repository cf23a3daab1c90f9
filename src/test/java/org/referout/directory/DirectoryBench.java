package org.referout.directory;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.referout.directory.index.ProviderIndex;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Test-side factory for benchmarks outside the package: a Directory over a DataSource and an on-disk index. */
public final class DirectoryBench implements AutoCloseable {

    private final ProviderIndex index;
    private final Directory directory;

    private DirectoryBench(ProviderIndex index, Directory directory) {
        this.index = index;
        this.directory = directory;
    }

    public static DirectoryBench open(DataSource dataSource, Path indexDir, Clock clock) {
        ProviderIndex index = ProviderIndex.open(indexDir);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new DirectoryBench(index, new Directory(new ProviderRepository(jdbc, dataSource), new ImportRuns(jdbc),
                new Taxonomy(), new ZipCentroids(), index, PartnerOutcomes.NONE, clock,
                new SimpleMeterRegistry()));
    }

    public Directory directory() {
        return directory;
    }

    @Override
    public void close() {
        index.close();
    }
}
