package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referout.support.DatabaseTest;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** C9 / issue 8: backup → restore into an empty database → identical data, on H2 and on PostgreSQL. */
@DatabaseTest
class BackupRestoreTests {

    @Autowired
    Backups backups;

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    TestPractices practices;

    @TempDir
    Path dir;

    @Test
    void restoreIntoAnEmptyDatabaseGivesIdenticalData() throws Exception {
        var team = practices.newPractice("Backup");
        practices.token(team.therapist());
        Path file = dir.resolve("referout.backup");

        BackupSummary written = backups.backup(file);
        assertThat(written.rows().get("practice")).isPositive();

        DataSource empty = emptyDatabase();
        Flyway.configure().dataSource(empty).locations("classpath:db/migration").load().migrate();
        BackupSummary restored = BackupReader.restore(empty, Backups.schemaVersion(flyway), file);

        assertThat(restored.rows()).isEqualTo(written.rows());
        for (String table : written.rows().keySet()) {
            assertThat(dump(empty, table)).as(table).isEqualTo(dump(dataSource, table));
        }
        // Identity columns continue after the restored ids.
        try (Connection connection = empty.getConnection()) {
            connection.createStatement().execute(
                    "insert into practice (name, created_at) values ('after restore', current_timestamp)");
        }
    }

    @Test
    void aBackupCarriesTheLinkKeySealedWithThePassphraseAndARestorePutsItBack(
            @org.springframework.beans.factory.annotation.Value("${referout.data-dir}") String dataDir)
            throws Exception {
        Path source = Path.of(dataDir);
        Files.createDirectories(source);
        if (!Files.exists(source.resolve("referral-link.key"))) {
            Files.writeString(source.resolve("referral-link.key"), org.referout.practice.Secrets.newToken());
        }
        String key = Files.readString(source.resolve("referral-link.key"));
        Path file = dir.resolve("with-secrets.backup");
        backups.backup(file, "correct horse battery".toCharArray());
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            byte[] sealed = zip.getInputStream(zip.getEntry(BackupSecrets.ENTRY)).readAllBytes();
            assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(key.strip());
        }

        DataSource empty = emptyDatabase();
        Flyway target = Flyway.configure().dataSource(empty).locations("classpath:db/migration").load();
        target.migrate();
        Path restoredDir = dir.resolve("restored-data");
        Backups restoring = new Backups(empty, target, restoredDir.toString());
        assertThatThrownBy(() -> restoring.restore(file)).hasMessageContaining("REFEROUT_BACKUP_PASSPHRASE");
        assertThatThrownBy(() -> restoring.restore(file, "wrong passphrase!".toCharArray()))
            .hasMessageContaining("wrong passphrase");
        assertThat(dump(empty, "practice")).as("nothing loaded after a refusal").isEmpty();

        restoring.restore(file, "correct horse battery".toCharArray());
        assertThat(Files.readString(restoredDir.resolve("referral-link.key"))).isEqualTo(key);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(restoredDir.resolve("referral-link.key")))).isEqualTo("rw-------");
        assertThat(dump(empty, "practice")).isEqualTo(dump(dataSource, "practice"));
    }

    @Test
    void restoreRefusesADatabaseThatHasData() throws Exception {
        practices.newPractice("NotEmpty");
        Path file = dir.resolve("b.backup");
        backups.backup(file);
        assertThatThrownBy(() -> backups.restore(file)).hasMessageContaining("restore only into an empty database");
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        Path file = dir.resolve("junk.backup");
        Files.write(file, new byte[] { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
        assertThatThrownBy(() -> backups.restore(file)).hasMessageContaining("not a ReferOut backup");
    }

    private DataSource emptyDatabase() throws Exception {
        if (TestDatabase.onPostgresql()) {
            String name = "referout_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String base = TestDatabase.postgresqlUrl();
            String admin = base.substring(0, base.lastIndexOf('/') + 1) + "postgres";
            try (Connection connection = java.sql.DriverManager.getConnection(admin, "postgres", "")) {
                connection.createStatement().execute("create database " + name);
            }
            return new DriverManagerDataSource(base.substring(0, base.lastIndexOf('/') + 1) + name, "postgres", "");
        }
        return new DriverManagerDataSource("jdbc:h2:mem:restore-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static List<String> dump(DataSource source, String table) throws Exception {
        return TableDump.exact(source, table);
    }
}
