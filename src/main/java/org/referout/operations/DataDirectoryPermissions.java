package org.referout.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once the application is up (the database, its lock file and the link key exist), makes every file in the data
 * directory owner-only ({@code 0600}) and every folder {@code 0700}. Files made later (index segments, backups)
 * inherit nothing from this, but they sit inside the {@code 0700} folder that {@link EmbeddedDatabase} made before
 * anything was written, so no other account on the machine can reach them.
 */
@Component
@org.springframework.context.annotation.Lazy(false)
class DataDirectoryPermissions {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryPermissions.class);

    private final String dataDir;

    DataDirectoryPermissions(@Value("${referout.data-dir:}") String dataDir) {
        this.dataDir = dataDir;
    }

    /** At start, and every few minutes for what was made since (the index opens on first use). */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
    void restrict() {
        Path directory = Path.of(dataDir);
        if (dataDir.isBlank() || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.forEach(path -> {
                try {
                    EmbeddedDatabase.Private.restrict(path, Files.isDirectory(path) ? "rwx------" : "rw-------");
                }
                catch (IOException e) {
                    log.warn("Cannot make {} owner-only: {}", path, e.getMessage());
                }
            });
        }
        catch (IOException | java.io.UncheckedIOException e) {
            log.warn("Cannot make the data directory {} owner-only: {}", directory, e.getMessage());
        }
    }
}
