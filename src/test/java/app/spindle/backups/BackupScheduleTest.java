package app.spindle.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.MutableClock;
import app.spindle.mirror.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups on a real database, with the clock driven by the test: schedule, rotation, low space. */
class BackupScheduleTest {
    @TempDir
    Path dir;

    @Test
    void a_backup_is_taken_when_due_holds_the_settings_and_the_newest_seven_are_kept() throws Exception {
        MutableClock clock = new MutableClock();
        try (Database db = Database.open(dir)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO settings (key, value) VALUES ('discogs.token', 'tok-1')"));
            BackupSchedule schedule = new BackupSchedule(db, new BackupSchedule.Policy(Duration.ofDays(1), 7), clock,
                    path -> Long.MAX_VALUE);
            assertEquals(BackupSchedule.Outcome.TAKEN, schedule.takeIfDue(), "none yet: one is due at once");
            clock.advance(Duration.ofHours(23));
            assertEquals(BackupSchedule.Outcome.NOT_DUE, schedule.takeIfDue());
            clock.advance(Duration.ofHours(1));
            assertEquals(BackupSchedule.Outcome.TAKEN, schedule.takeIfDue());
            for (int day = 0; day < 10; day++) {
                clock.advance(Duration.ofDays(1));
                assertEquals(BackupSchedule.Outcome.TAKEN, schedule.takeIfDue());
            }
            List<BackupFile> kept = schedule.backups();
            assertEquals(7, kept.size(), "rotation keeps seven: " + kept);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            assertEquals(now, kept.get(0).takenAt(), "the newest first");
            assertEquals(now.minus(Duration.ofDays(6)), kept.get(6).takenAt(), "the oldest kept");
            Path newest = kept.get(0).path();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(newest)));
            assertEquals("tok-1", Jdbi.create("jdbc:sqlite:" + newest).withHandle(h ->
                    h.createQuery("SELECT value FROM settings WHERE key = 'discogs.token'").mapTo(String.class).one()));
            try (var files = Files.list(schedule.folder())) {
                assertEquals(7, files.count(), "no partial files left behind");
            }
        }
    }

    @Test
    void a_backup_is_skipped_with_a_warning_when_the_disk_has_less_than_twice_the_database_free() throws Exception {
        MutableClock clock = new MutableClock();
        try (Database db = Database.open(dir)) {
            long size = Files.size(db.file());
            BackupSchedule tight = new BackupSchedule(db, new BackupSchedule.Policy(Duration.ofDays(1), 7), clock,
                    path -> 2 * size - 1);
            assertEquals(BackupSchedule.Outcome.SKIPPED_LOW_SPACE, tight.takeIfDue());
            assertEquals(List.of(), tight.backups());
            assertTrue(tight.lastProblem().orElseThrow().contains("skipped"), tight.lastProblem().toString());

            BackupSchedule roomy = new BackupSchedule(db, new BackupSchedule.Policy(Duration.ofDays(1), 7), clock,
                    path -> 2 * size + 4 * 1024 * 1024);
            assertEquals(BackupSchedule.Outcome.TAKEN, roomy.takeIfDue());
            assertTrue(roomy.lastProblem().isEmpty());
        }
    }

    @Test
    void backups_are_off_with_zero_and_files_not_named_by_spindle_are_left_alone() throws Exception {
        MutableClock clock = new MutableClock();
        try (Database db = Database.open(dir)) {
            assertEquals(BackupSchedule.Outcome.OFF, new BackupSchedule(db, new BackupSchedule.Policy(Duration.ZERO, 7),
                    clock, path -> Long.MAX_VALUE).takeIfDue());
            assertEquals(BackupSchedule.Outcome.OFF, new BackupSchedule(db, new BackupSchedule.Policy(Duration.ofDays(1), 0),
                    clock, path -> Long.MAX_VALUE).takeIfDue());
            BackupSchedule one = new BackupSchedule(db, new BackupSchedule.Policy(Duration.ofHours(1), 1), clock,
                    path -> Long.MAX_VALUE);
            Files.createDirectories(one.folder());
            Path mine = Files.writeString(one.folder().resolve("spindle-before-upgrade.db"), "kept by hand");
            one.takeIfDue();
            clock.advance(Duration.ofHours(1));
            one.takeIfDue();
            assertEquals(1, one.backups().size());
            assertTrue(Files.exists(mine));
        }
    }
}
