package org.referout.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database a Spring test runs on. By default a fresh in-memory H2 (PostgreSQL mode) per context;
 * when the build's second surefire execution sets {@code referout.test.database=postgresql}, the real
 * PostgreSQL server on 127.0.0.1:5432 (C0). Its database is emptied once per test JVM.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicBoolean PG_RESET = new AtomicBoolean();
    /** The operator's token for /actuator/metrics and /actuator/prometheus in tests. */
    public static final String METRICS_TOKEN = "test-metrics-token";

    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("referout.test.database"));
    }

    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A database per checkout, so parallel builds on one machine do not trample each other's data. */
    public static String postgresqlUrl() {
        String configured = System.getProperty("referout.test.pg-url");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String checkout = Path.of("").toAbsolutePath().toString();
        return "jdbc:postgresql://127.0.0.1:5432/referout_test_" + Integer.toUnsignedString(checkout.hashCode(), 36);
    }

    public static boolean postgresqlReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        }
        catch (Exception e) {
            return false;
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new java.util.HashMap<>();
        if ("auto".equals(context.getEnvironment().getProperty("referout.demo", "auto"))) {
            properties.put("referout.demo", "false");
        }
        properties.put("referout.data-dir", "target/test-data/" + UUID.randomUUID());
        properties.put("spring.main.banner-mode", "off");
        properties.put("referout.metrics-token", METRICS_TOKEN);
        // every MockMvc request comes from one address; SignupThrottleTests checks the real limit
        if (context.getEnvironment().getProperty("referout.signups-per-hour") == null) {
            properties.put("referout.signups-per-hour", "10000");
        }
        if (onPostgresql()) {
            String url = postgresqlUrl();
            preparePostgresql(url);
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            // every cached test context keeps its own pool: at the application's 20 standing connections each,
            // a dozen contexts passed PostgreSQL's 100 ("sorry, too many clients already")
            properties.put("spring.datasource.hikari.maximum-pool-size", "10");
            properties.put("spring.datasource.hikari.minimum-idle", "0");
            properties.put("spring.datasource.hikari.idle-timeout", "10000");
        }
        else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:test-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("referout-test", properties));
    }

    private static void preparePostgresql(String url) {
        if (!PG_RESET.compareAndSet(false, true)) {
            return;
        }
        String database = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(admin, "postgres", "")) {
            try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database \"" + database + "\"");
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + admin + " is not usable: " + e.getMessage(), e);
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().execute("drop schema if exists public cascade; create schema public");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not reset " + url + ": " + e.getMessage(), e);
        }
    }
}
