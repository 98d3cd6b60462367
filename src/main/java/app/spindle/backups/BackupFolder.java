package app.spindle.backups;

import app.spindle.config.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code <data>/backups}: files named {@code spindle-YYYYMMDD-HHMMSS.db} by the time they were taken (UTC).
 * Only files named so are listed or ever removed; anything else a person puts there is left alone.
 */
public final class BackupFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("spindle-(\\d{8}-\\d{6})\\.db");

    private final Path folder;

    public BackupFolder(Path dataDir) {
        this.folder = dataDir.resolve("backups");
    }

    public Path path() {
        return folder;
    }

    /** Where a backup taken at {@code when} goes. */
    Path fileFor(Instant when) {
        return folder.resolve("spindle-" + STAMP.format(when) + ".db");
    }

    /** Creates the folder, owner-only like the data folder: backups hold the account's tokens. */
    void create() {
        try {
            DataFolder.createOwnerOnly(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /** The backups, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    try {
                        found.add(new BackupFile(file, Files.size(file), STAMP.parse(m.group(1), Instant::from)));
                    } catch (DateTimeParseException | IOException gone) {
                        // a name that only looks like ours, or a file removed meanwhile
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return found;
    }

    /** Removes all but the newest {@code keep}; returns how many went. */
    int keepNewest(int keep) {
        List<BackupFile> all = list();
        int removed = 0;
        for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.path());
                removed++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the old backup " + old.path(), e);
            }
        }
        return removed;
    }
}
