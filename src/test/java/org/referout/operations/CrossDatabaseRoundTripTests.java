package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referout.support.TestClockConfiguration;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17 item 11: a backup of the embedded database restores into PostgreSQL, and PostgreSQL's backup restores
 * into a new embedded database, every table identical to where it started — after the hostile text that once
 * broke such a restore (NUL, lone surrogates, control characters) was tried and refused. The source is the demo
 * practice (every module's tables hold rows) plus text at the edge of what is allowed. Runs on H2 with PostgreSQL
 * as the far side, so it is not a {@code db} test; under {@code CI=true} a missing PostgreSQL fails it.
 */
@SpringBootTest(properties = "referout.demo=true")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestPractices.class, TestClockConfiguration.class })
@Tag("slow")
class CrossDatabaseRoundTripTests {

    private static final char[] PASSPHRASE = "a long operator passphrase".toCharArray();
    /** Allowed text that a careless export would mangle: quotes, backslashes, tabs, new lines, emoji, RTL. */
    private static final String EDGE_NOTE = "She said \\\"it's 50% better\\\"\\tthen\\nC:\\\\path 🙂 שלום e\\u0301 ‘ok’";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    Backups backups;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;
    @Value("${referout.data-dir}")
    String dataDir;
    @TempDir
    Path dir;

    @Test
    void anEmbeddedBackupGoesToPostgresqlAndBackUnchanged() throws Exception {
        Assumptions.assumeTrue(TestDatabase.underCi() || TestDatabase.postgresqlReachable(),
                "PostgreSQL is not reachable on 127.0.0.1:5432 (under CI=true this fails instead)");
        hostileTextIsRefusedAndEdgeTextIsKept();
        Files.createDirectories(Path.of(dataDir));
        Files.writeString(Path.of(dataDir, "referral-link.key"), org.referout.practice.Secrets.newToken());

        Path fromH2 = dir.resolve("from-h2.backup");
        BackupSummary written = backups.backup(fromH2, PASSPHRASE);
        assertThat(written.rows()).as("the demo fills every module's tables")
            .containsKeys("practice", "client", "episode", "visit", "referral", "audit_log", "event_publication");

        DataSource postgresql = newPostgresqlDatabase();
        Backups onPostgresql = backupsOn(postgresql, dir.resolve("pg-data"));
        assertThat(onPostgresql.restore(fromH2, PASSPHRASE).rows()).isEqualTo(written.rows());
        for (String table : written.rows().keySet()) {
            assertThat(TableDump.portable(postgresql, table)).as("PostgreSQL " + table)
                .isEqualTo(TableDump.portable(dataSource, table));
        }

        Path fromPostgresql = dir.resolve("from-pg.backup");
        onPostgresql.backup(fromPostgresql, PASSPHRASE);
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:round-trip-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Path backAgain = dir.resolve("h2-data");
        assertThat(backupsOn(h2, backAgain).restore(fromPostgresql, PASSPHRASE).rows()).isEqualTo(written.rows());
        for (String table : written.rows().keySet()) {
            assertThat(TableDump.exact(h2, table)).as("H2 again " + table).isEqualTo(TableDump.exact(dataSource, table));
        }
        assertThat(Files.readString(backAgain.resolve("referral-link.key")))
            .isEqualTo(Files.readString(Path.of(dataDir, "referral-link.key")));
    }

    private void hostileTextIsRefusedAndEdgeTextIsKept() throws Exception {
        var team = practices.newPractice("Round Trip");
        String token = practices.token(team.therapist());
        for (String hostile : List.of("Ann\\u0000a", "Lee\\ud800", "\\u200b\\u00a0", "Ann\\u0007", "Ann\\u009b")) {
            mvc.perform(post("/api/v1/clients").with(TestPractices.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"firstName\":\"" + hostile + "\",\"lastName\":\"Lee\"}"))
                .andExpect(status().isBadRequest());
        }
        long client = created(token, "/api/v1/clients", """
                {"firstName":"Zoë","lastName":"O'Brien-Núñez","dateOfBirth":"1980-02-03","email":"zoe@example.test",
                 "addressLine1":"1 \\"Quoted\\" Lane","city":"Springfield","state":"IL","zip":"62701",
                 "preferredLanguage":"en","treatmentConsent":true}""");
        long episode = created(token, "/api/v1/clients/" + client + "/episodes", """
                {"complaint":"LOW_BACK_PAIN","chronic":true,"primaryMeasure":"NPRS","bodyRegions":["LOW_BACK"],
                 "goals":"Garden again","startDate":"2026-01-05"}""");
        created(token, "/api/v1/episodes/" + episode + "/visits", """
                {"date":"2026-01-05","durationMinutes":60,"techniques":["DEEP_TISSUE"],
                 "notes":{"subjective":"%s","objective":"Tight","assessment":"Better","plan":"Weekly"},
                 "scores":[{"measure":"NPRS","value":7}]}""".formatted(EDGE_NOTE));
        String stored = jdbc.sql("select count(*) from visit where practice_id = :p and subjective like :n")
            .param("p", team.id().value()).param("n", "%🙂%").query(Long.class).single().toString();
        assertThat(stored).isEqualTo("1");
        assertThat(jdbc.sql("select count(*) from client where first_name like :n").param("n", "Ann%")
            .query(Long.class).single()).as("nothing hostile stored").isZero();
    }

    private long created(String token, String path, String body) throws Exception {
        String json = mvc.perform(post(path).with(TestPractices.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
    }

    private static Backups backupsOn(DataSource target, Path targetDataDir) {
        Flyway migrated = Flyway.configure().dataSource(target).locations("classpath:db/migration").load();
        migrated.migrate();
        return new Backups(target, migrated, targetDataDir.toString());
    }

    private static DataSource newPostgresqlDatabase() throws Exception {
        String name = "referout_round_trip_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = TestDatabase.postgresqlUrl();
        String server = base.substring(0, base.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "")) {
            connection.createStatement().execute("create database " + name);
        }
        return new DriverManagerDataSource(server + name, "postgres", "");
    }
}
