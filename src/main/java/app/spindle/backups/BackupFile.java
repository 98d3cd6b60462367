package app.spindle.backups;

import java.nio.file.Path;
import java.time.Instant;

/** One automatic backup in {@code <data>/backups}: its file, its size and when it was taken. */
public record BackupFile(Path path, long bytes, Instant takenAt) {
}
