package org.referout.directory;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.referout.directory.index.ProviderIndex;
import org.referout.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The database a directory test runs on, without a Spring context: a fresh in-memory H2 (PostgreSQL mode) by
 * default, or PostgreSQL on 127.0.0.1:5432 (a database per checkout, named after its test database) when the build's second surefire
 * execution sets {@code referout.test.database=postgresql}. Stand-in until org.referout.support.DatabaseTest is
 * merged into this branch; it follows the same rules (skip with a message, fail under CI=true).
 */
final class DirectoryDatabase implements ExecutionCondition {

    static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";
    /** Beside the checkout's own test database: a fixed name was cleaned under this build by parallel builds. */
    static final String PG_URL = TestDatabase.postgresqlUrl() + "_dir";
    static final String PG_DATABASE = PG_URL.substring(PG_URL.lastIndexOf('/') + 1);

    static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("referout.test.database"));
    }

    /** A migrated, empty directory. */
    static DataSource fresh() {
        return fresh(MigrationVersion.LATEST);
    }

    /** An empty directory migrated up to this version only (for testing a later migration's data step). */
    static DataSource fresh(MigrationVersion target) {
        DataSource dataSource;
        if (onPostgresql()) {
            createPgDatabase();
            dataSource = new DriverManagerDataSource(PG_URL, "postgres", "");
            Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        }
        else {
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:dir-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
        return dataSource;
    }

    static Directory directory(DataSource dataSource, ProviderIndex index, Taxonomy taxonomy, ZipCentroids zips) {
        return directory(dataSource, index, taxonomy, zips, new SimpleMeterRegistry());
    }

    static Directory directory(DataSource dataSource, ProviderIndex index, Taxonomy taxonomy, ZipCentroids zips,
            MeterRegistry meters) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new Directory(new ProviderRepository(jdbc, dataSource), new ImportRuns(jdbc), taxonomy, zips, index,
                PartnerOutcomes.NONE, Clock.systemUTC(), meters);
    }

    private static void createPgDatabase() {
        try (Connection c = DriverManager.getConnection(PG_ADMIN, "postgres", "");
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, PG_DATABASE);
            if (!exists.executeQuery().next()) {
                c.createStatement().execute("create database \"" + PG_DATABASE + "\"");
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not usable: " + e.getMessage(), e);
        }
    }

    private static boolean pgReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        }
        catch (Exception e) {
            return false;
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onPostgresql() || pgReachable() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("database available (or CI=true: must fail if not)");
        }
        String reason = "SKIPPED: PostgreSQL is not reachable on 127.0.0.1:5432 (under CI=true this fails instead)";
        System.err.println(reason + " — " + context.getDisplayName());
        return ConditionEvaluationResult.disabled(reason);
    }
}
