package app.spindle.backups;

import app.spindle.mirror.Database;
import app.spindle.mirror.IoWords;
import app.spindle.mirror.StorageProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic backups of what a sync cannot bring back (matches, batches, settings, tokens, queued changes):
 * a consistent copy ({@code VACUUM INTO}, safe while pages read and the sync writes) every {@code every},
 * the newest {@code keep} kept. A backup is skipped, with a warning, when the disk has less free room than
 * twice the database, so that backups never fill the disk the database needs.
 */
public final class BackupSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);
    /** How often the schedule looks whether a backup is due; the first look waits as long, so a short run never backs up. */
    static final Duration CHECK = Duration.ofMinutes(10);

    public enum Outcome { TAKEN, NOT_DUE, OFF, SKIPPED_LOW_SPACE, FAILED }

    /** Every {@code every}, keeping {@code keep}; either at 0 turns automatic backups off. */
    public record Policy(Duration every, int keep) {
        public boolean off() {
            return every.isZero() || keep == 0;
        }
    }

    private final Database database;
    private final BackupFolder folder;
    private final Policy policy;
    private final Clock clock;
    private final ToLongFunction<Path> usableSpace;
    private volatile String lastProblem;
    private volatile ScheduledExecutorService timer;

    /** @param usableSpace free bytes on the disk holding a path (the real disk's in production) */
    public BackupSchedule(Database database, Policy policy, Clock clock, ToLongFunction<Path> usableSpace) {
        this.database = database;
        this.folder = new BackupFolder(database.file().getParent());
        this.policy = policy;
        this.clock = clock;
        this.usableSpace = usableSpace;
    }

    /** Free bytes as the file system reports them to this process. */
    public static long usableSpaceOf(Path path) {
        try {
            return Files.getFileStore(path).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // unknown: let the backup itself fail with its own words if there is no room
        }
    }

    public Policy policy() {
        return policy;
    }

    public List<BackupFile> backups() {
        return folder.list();
    }

    public Path folder() {
        return folder.path();
    }

    /** Why the last backup was skipped or failed; empty once one was taken. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    public synchronized void start() {
        if (policy.off()) {
            log.info("Automatic backups are off");
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "backups");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::takeIfDue, CHECK.toSeconds(), CHECK.toSeconds(), TimeUnit.SECONDS);
    }

    /** Takes a backup when the newest is older than the policy's interval (or there is none). */
    public synchronized Outcome takeIfDue() {
        if (policy.off()) {
            return Outcome.OFF;
        }
        Instant now = clock.instant();
        Optional<BackupFile> newest = folder.list().stream().findFirst();
        if (newest.isPresent() && newest.get().takenAt().plus(policy.every()).isAfter(now)) {
            return Outcome.NOT_DUE;
        }
        Path partial = null;
        try {
            folder.create();
            long needed = 2 * databaseBytes();
            long free = usableSpace.applyAsLong(folder.path());
            if (free < needed) {
                lastProblem = "the automatic backup was skipped: the disk has " + SizeWords.of(free)
                        + " free, and a backup needs room for twice the database (" + SizeWords.of(needed) + ")";
                log.warn("{}", lastProblem);
                return Outcome.SKIPPED_LOW_SPACE;
            }
            Path target = folder.fileFor(now);
            partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            database.backupTo(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            int removed = folder.keepNewest(policy.keep());
            lastProblem = null;
            log.info("Backup written to {} ({}); {} older removed, the newest {} kept", target,
                    SizeWords.of(Files.size(target)), removed, policy.keep());
            return Outcome.TAKEN;
        } catch (IOException | RuntimeException e) {
            lastProblem = "the automatic backup failed: " + StorageProblem.describe(e).orElse(
                    e instanceof IOException io ? IoWords.of(io) : String.valueOf(e.getMessage()));
            log.warn("{}", lastProblem);
            deleteQuietly(partial);
            return Outcome.FAILED;
        }
    }

    private long databaseBytes() throws IOException {
        Path file = database.file();
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            log.debug("Could not remove {}", partial);
        }
    }

    /** Not synchronized: a backup being written holds the lock, and closing waits for it through the timer. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
