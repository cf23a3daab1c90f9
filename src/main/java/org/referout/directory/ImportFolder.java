package org.referout.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one folder the import page reads NPPES files from ({@code referout.import-dir}, by default {@code import}
 * inside the data directory). The page names a file, never a path: a name with a separator, a link leading out of
 * the folder, a missing file and an unreadable one are all "no such file here", so the page tells nothing about
 * the rest of the server's disk.
 */
@Component
class ImportFolder {

    private final Path folder;

    ImportFolder(@Value("${referout.import-dir:${referout.data-dir}/import}") String folder) {
        this.folder = Path.of(folder).toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    /** The importable files, by name. */
    List<String> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(this::inside)
                .map(file -> file.getFileName().toString())
                .filter(name -> !name.startsWith("."))
                .sorted()
                .toList();
        }
        catch (IOException e) {
            return List.of();
        }
    }

    /** The file of that name directly inside the folder, when it is a readable regular file there. */
    Optional<Path> file(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("\0")
                || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        Path file = folder.resolve(name).normalize();
        return file.getParent() != null && file.getParent().equals(folder) && inside(file) ? Optional.of(file)
                : Optional.empty();
    }

    /** A regular, readable file whose real location (links followed) is still directly in the folder. */
    private boolean inside(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                return false;
            }
            Path real = file.toRealPath();
            return real.getParent() != null && real.getParent().equals(folder.toRealPath()) && Files.isReadable(real);
        }
        catch (IOException | SecurityException e) {
            return false;
        }
    }
}
