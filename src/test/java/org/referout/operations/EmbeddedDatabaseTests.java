package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referout.support.AppProcess;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded database is reached in-process only, with a key of its own, in an owner-only data directory; an
 * operator verb refuses to write beside a running server (issue: AUTO_SERVER opened a TCP port with user sa and
 * no password on every interface, and a copied data directory let CLI verbs write into the live server).
 */
@Tag("slow")
class EmbeddedDatabaseTests {

    private static StandardEnvironment environment(Path data) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("referout.data-dir",
                data.toString(), "spring.datasource.url", url(data), "spring.datasource.username", "sa")));
        return environment;
    }

    private static String url(Path data) {
        return "jdbc:h2:file:" + data.resolve("referout") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewDataDirectoryIsOwnerOnlyAndTheDatabaseGetsARandomKey(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        StandardEnvironment environment = environment(data);
        new EmbeddedDatabase().postProcessEnvironment(environment, new SpringApplication());

        String key = Files.readString(data.resolve(EmbeddedDatabase.KEY_FILE)).strip();
        assertThat(key).hasSizeGreaterThanOrEqualTo(32);
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(key);
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve(EmbeddedDatabase.KEY_FILE))).isEqualTo("rw-------");

        StandardEnvironment again = environment(data);
        new EmbeddedDatabase().postProcessEnvironment(again, new SpringApplication());
        assertThat(again.getProperty("spring.datasource.password")).as("the same key on every start").isEqualTo(key);
    }

    @Test
    void aDatabaseFromBeforeTheKeyIsGivenTheKeyAndTheEmptyPasswordStopsWorking(@TempDir Path data) throws Exception {
        try (var connection = DriverManager.getConnection(url(data), "sa", "")) {
            connection.createStatement().execute("create table kept (id int)");
        }
        StandardEnvironment environment = environment(data);
        new EmbeddedDatabase().postProcessEnvironment(environment, new SpringApplication());
        String key = environment.getProperty("spring.datasource.password");

        try (var connection = DriverManager.getConnection(url(data), "sa", key)) {
            assertThat(connection.createStatement().executeQuery("select count(*) from kept").next()).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(data), "sa", "").close())
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("Wrong user name or password");
    }

    @Test
    void aRunningServerOpensNoDatabasePortKeepsItsFilesPrivateAndVerbsRefuseToWriteBesideIt(@TempDir Path temp)
            throws Exception {
        Path data = temp.resolve("live");
        int tcpPort;
        try (var socket = new java.net.ServerSocket(0)) {
            tcpPort = socket.getLocalPort();
        }
        try (AppProcess app = AppProcess.start(data, "--referout.database.tcp-port=" + tcpPort)) {
            // AUTO_SERVER wrote "server=host:port" into the lock file and listened on every interface
            Path lock = data.resolve("referout.lock.db");
            if (Files.exists(lock)) {
                assertThat(Files.readString(lock, StandardCharsets.ISO_8859_1)).doesNotContain("server=");
            }
            assertThat(app.output()).doesNotContain("AUTO_SERVER");
            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base()
                    + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            assertThat(permissions(data)).isEqualTo("rwx------");
            for (String file : new String[] { "referout.mv.db", EmbeddedDatabase.KEY_FILE, "referral-link.key" }) {
                assertThat(permissions(data.resolve(file))).as(file).isEqualTo("rw-------");
            }

            Process verb = CrashRig.verb(data, "practice", "create", "--name", "Beside", "--owner",
                    "beside@example.test").start();
            verb.getOutputStream().close();
            String output = new String(verb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(verb.waitFor()).as(output).isEqualTo(2);
            assertThat(output).contains("is open in a running ReferOut server").doesNotContain("Exception");

            // the operator's TCP port: on loopback, and only with the data directory's key
            String tcp = "jdbc:h2:tcp://127.0.0.1:" + tcpPort + "/" + data.resolve("referout") + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE";
            assertThatThrownBy(() -> DriverManager.getConnection(tcp, "sa", "").close())
                .isInstanceOf(SQLException.class);
            String key = Files.readString(data.resolve(EmbeddedDatabase.KEY_FILE)).strip();
            try (var connection = DriverManager.getConnection(tcp, "sa", key)) {
                assertThat(connection.createStatement().executeQuery("select count(*) from practice").next()).isTrue();
            }
            // the documented way to copy a live installation: the backup verb through that port, no password typed
            Path backup = temp.resolve("live.backup");
            Process copy = CrashRig.verb(data, "backup", backup.toString(), "--without-secrets",
                    "--spring.datasource.url=" + tcp + ";DEFAULT_NULL_ORDERING=HIGH").start();
            copy.getOutputStream().close();
            String copied = new String(copy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(copy.waitFor()).as(copied).isZero();
            assertThat(copied).contains("Backed up");
            assertThat(backup).isNotEmptyFile();
            var bound = new ProcessBuilder("ss", "-ltnH", "sport = :" + tcpPort).redirectErrorStream(true).start();
            String listening = new String(bound.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (bound.waitFor() == 0 && !listening.isBlank()) {
                assertThat(listening).containsPattern("127\\.0\\.0\\.1]?:" + tcpPort).doesNotContain("*:" + tcpPort)
                    .doesNotContain("0.0.0.0:" + tcpPort);
            }
        }
    }
}
