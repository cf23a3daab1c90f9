package org.referout.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Locks the embedded H2 database down before anything opens it (Q, security): the data directory is {@code 0700},
 * and the database's own password is a random key kept in {@code database.key} ({@code 0600}) unless the operator
 * configured one. The database is opened in-process only (no {@code AUTO_SERVER}: it opened a TCP port on every
 * interface); {@link DatabaseTcpServer} opens one on 127.0.0.1 when an operator asks for it, and the key is then
 * what a client needs. A database made before the key existed is given the key on its first start.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String KEY_FILE = "database.key";
    private static final String PREFIX = "jdbc:h2:file:";
    private static final String TCP_PREFIX = "jdbc:h2:tcp://127.0.0.1:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        String dataDir = environment.getProperty(DataDirectory.PROPERTY);
        if (url == null || dataDir == null || dataDir.isBlank()) {
            return;
        }
        if (url.startsWith(TCP_PREFIX)) {
            // a verb against a running server's TCP port (docs/operations.md): the key is the server's, never made here
            Path existing = Path.of(dataDir).resolve(KEY_FILE);
            if (environment.getProperty("spring.datasource.password", "").isEmpty() && Files.isReadable(existing)) {
                environment.getPropertySources().addFirst(new MapPropertySource("referoutEmbeddedDatabase",
                        Map.of("spring.datasource.password", key(Path.of(dataDir), url,
                                environment.getProperty("spring.datasource.username", "sa")))));
            }
            return;
        }
        if (!url.startsWith(PREFIX)) {
            return;
        }
        // before any H2 class reads it: a TCP server, if an operator asks for one, listens on loopback only
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        Path directory = Path.of(dataDir);
        Private.directory(directory);
        String configured = environment.getProperty("spring.datasource.password", "");
        if (!configured.isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        String key = key(directory, url, user);
        environment.getPropertySources()
            .addFirst(new MapPropertySource("referoutEmbeddedDatabase", Map.of("spring.datasource.password", key)));
    }

    /** The key of this data directory, made (and given to an existing database) on first use. */
    static String key(Path directory, String url, String user) {
        Path file = directory.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path pending = directory.resolve(KEY_FILE + ".new");
            Private.write(pending, key);
            if (Files.exists(databaseFile(url))) {
                // made before the key: it still has the old empty password; give it the key, then keep the key
                try (Connection connection = DriverManager.getConnection(url, user, "")) {
                    connection.createStatement().execute("alter user \"" + user.toUpperCase() + "\" set password '"
                            + key + "'");
                }
                catch (SQLException e) {
                    Files.deleteIfExists(pending);
                    throw DatabaseInUseException.when(e, directory)
                        .<RuntimeException>map(inUse -> inUse)
                        .orElseGet(() -> new IllegalStateException("Cannot open the embedded database in "
                                + directory + " to give it its key: " + e.getMessage(), e));
                }
            }
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return key;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the database key " + file, e);
        }
    }

    static Path databaseFile(String url) {
        String rest = url.substring(PREFIX.length());
        int options = rest.indexOf(';');
        return Path.of((options < 0 ? rest : rest.substring(0, options)) + ".mv.db");
    }

    @Override
    public int getOrder() {
        return new DataDirectory().getOrder() + 1;
    }

    /** Owner-only files and folders, where the file system has POSIX permissions. */
    static final class Private {

        private Private() {
        }

        static void directory(Path directory) {
            try {
                Files.createDirectories(directory);
                restrict(directory, "rwx------");
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + directory, e);
            }
        }

        static void write(Path file, String content) throws IOException {
            Files.deleteIfExists(file);
            Files.createFile(file);
            restrict(file, "rw-------");
            Files.writeString(file, content, StandardCharsets.US_ASCII);
        }

        static void restrict(Path path, String permissions) throws IOException {
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            }
            catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACL applies
            }
        }
    }
}
