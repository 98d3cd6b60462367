package app.spindle.web.settings;

import app.spindle.backups.BackupFile;
import app.spindle.backups.BackupSchedule;
import app.spindle.backups.SizeWords;
import app.spindle.mirror.Database;
import app.spindle.mirror.Timestamps;
import app.spindle.web.Moment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The automatic backups as the Settings page lists them: newest first, each with its size and age, and
 * the commands that put the newest one back.
 */
public record BackupsView(String schedule, String folder, List<Row> rows, String problem, String restoreCommand) {

    public record Row(String name, String size, Moment taken) {
    }

    static BackupsView of(BackupSchedule backups, Instant now) {
        BackupSchedule.Policy policy = backups.policy();
        String schedule = policy.off() ? "off (--backup-every 0 or --backup-keep 0)"
                : SettingsRoutes.describe(policy.every()) + ", keeping the newest " + policy.keep();
        List<BackupFile> files = backups.backups();
        List<Row> rows = files.stream()
                .map(f -> new Row(f.path().getFileName().toString(), SizeWords.of(f.bytes()),
                        Moment.of(Timestamps.format(f.takenAt()), now)))
                .toList();
        return new BackupsView(schedule, backups.folder().toAbsolutePath().normalize().toString(), rows,
                backups.lastProblem().orElse(null), files.isEmpty() ? null : restoreCommand(files.get(0).path()));
    }

    /** A stale write-ahead log next to a restored file would be replayed into it: it goes first. */
    private static String restoreCommand(Path backup) {
        Path data = backup.toAbsolutePath().normalize().getParent().getParent();
        Path db = data.resolve(Database.FILE_NAME);
        return "rm -f '" + db + "-wal' '" + db + "-shm' && cp '" + backup.toAbsolutePath().normalize() + "' '" + db + "'";
    }
}
