package org.referout.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referout.support.PostgresqlAvailable;
import org.referout.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V21 moves red-flag clearances from the episode to the client without losing a row: a database with the V20
 * schema and data (an episode's answers and a clearance) is migrated, and every clearance names its episode's
 * client; a clearance without a client is refused from then on. On H2 here and on PostgreSQL in the
 * {@code postgresql} run (tag db), each in a schema of its own.
 */
@Tag("db")
@ExtendWith(PostgresqlAvailable.class)
class ClientRedFlagsMigrationTests {

    @Test
    void existingClearancesMoveToTheirEpisodesClientWithoutLoss() throws SQLException {
        String schema = "v21_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = url();
        DriverManagerDataSource source = dataSource(url, null);
        try {
            Flyway before = flyway(source, schema).target("20").load();
            before.migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource(url, schema));
            jdbc.sql("insert into practice (id, name, created_at) values (1, 'Old practice', current_timestamp)").update();
            jdbc.sql("""
                    insert into app_user (practice_id, id, email, display_name, password_hash, role, created_at)
                    values (1, 1, :email, 'Dr Old', 'x', 'THERAPIST', current_timestamp)""")
                .param("email", schema + "@example.test").update();
            for (long client = 1; client <= 2; client++) {
                jdbc.sql("""
                        insert into client (practice_id, id, first_name, last_name, created_at)
                        values (1, :id, 'Ann', 'Old', current_timestamp)""").param("id", client).update();
            }
            // client 1 has two episodes, client 2 one; one clearance each on episodes 2 and 3
            long[][] episodes = {{1, 1}, {2, 1}, {3, 2}};
            for (long[] episode : episodes) {
                jdbc.sql("""
                        insert into episode (practice_id, id, client_id, therapist_id, complaint, primary_measure,
                            start_date, created_at)
                        values (1, :id, :client, 1, 'LOW_BACK_PAIN', 'NPRS', current_date, current_timestamp)""")
                    .param("id", episode[0]).param("client", episode[1]).update();
                jdbc.sql("""
                        insert into red_flag_answer (practice_id, episode_id, client_id, code, answer, answered_at, source)
                        values (1, :episode, :client, 'NIGHT_PAIN', true, current_timestamp, 'INTAKE')""")
                    .param("episode", episode[0]).param("client", episode[1]).update();
            }
            for (long episode = 2; episode <= 3; episode++) {
                jdbc.sql("""
                        insert into red_flag_clearance (practice_id, episode_id, code, note, cleared_by, cleared_at)
                        values (1, :episode, 'NIGHT_PAIN', :note, 1, current_timestamp)""")
                    .param("episode", episode).param("note", "seen by GP, episode " + episode).update();
            }

            flyway(source, schema).load().migrate();

            assertThat(jdbc.sql("select episode_id, client_id, note from red_flag_clearance order by episode_id")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3)).list())
                .containsExactly("2/1/seen by GP, episode 2", "3/2/seen by GP, episode 3");
            assertThat(jdbc.sql("select count(*) from red_flag_answer").query(Integer.class).single()).isEqualTo(3);
            assertThatThrownBy(() -> jdbc.sql("""
                    insert into red_flag_clearance (practice_id, episode_id, code, note, cleared_by, cleared_at)
                    values (1, 1, 'NIGHT_PAIN', 'no client', 1, current_timestamp)""").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
            List<String> applied = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list();
            assertThat(applied).contains("20", "21");
        }
        finally {
            try (Connection connection = source.getConnection()) {
                connection.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static FluentFlyway flyway(DriverManagerDataSource source, String schema) {
        return new FluentFlyway(Flyway.configure().dataSource(source).schemas(schema).createSchemas(true)
            .locations("classpath:db/migration").outOfOrder(true));
    }

    /** Flyway's configuration with the one call the test needs spelled out. */
    record FluentFlyway(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {

        FluentFlyway target(String version) {
            return new FluentFlyway(configuration.target(version));
        }

        Flyway load() {
            return configuration.load();
        }
    }

    private static String url() throws SQLException {
        if (TestDatabase.onPostgresql()) {
            String url = TestDatabase.postgresqlUrl();
            ensurePostgresqlDatabase(url);
            return url;
        }
        return "jdbc:h2:mem:v21-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** A connection to the test's database; with a schema, that schema is the default one. */
    private static DriverManagerDataSource dataSource(String url, String schema) {
        DriverManagerDataSource source = TestDatabase.onPostgresql() ? new DriverManagerDataSource(url, "postgres", "")
                : new DriverManagerDataSource(url, "sa", "");
        if (schema != null) {
            source.setSchema(schema);
        }
        return source;
    }

    private static void ensurePostgresqlDatabase(String url) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database \"" + database + "\"");
            }
        }
    }
}
