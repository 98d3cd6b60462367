package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.Captured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void a_fresh_start_applies_every_migration_and_records_the_version() {
        Database db = Database.open(dir);
        List<Migration> all = Migrations.all();
        assertEquals(all.get(all.size() - 1).version(), db.schemaVersion());
        assertEquals("wal", db.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
        assertEquals(Integer.valueOf(1), db.jdbi().withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()));
        assertTrue(db.jdbi().withHandle(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()) >= 5000);
    }

    @Test
    void the_database_file_is_readable_by_its_owner_only() throws Exception {
        Database.open(dir);
        var perms = Files.getPosixFilePermissions(dir.resolve(Database.FILE_NAME));
        assertEquals(java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), perms);
    }

    @Test
    void a_restart_keeps_what_was_stored() {
        Database.open(dir).jdbi().useExtension(SettingsRepository.class, s -> s.put("sync.interval", "2h"));
        Database again = Database.open(dir);
        assertEquals("2h", again.jdbi().withExtension(SettingsRepository.class, s -> s.get("sync.interval")).orElseThrow());
    }

    @Test
    void an_older_database_is_upgraded_in_place_without_losing_data() {
        Migration first = Migrations.all().get(0);
        Database old = Database.open(dir, List.of(first));
        assertEquals(1, old.schemaVersion());
        old.jdbi().useExtension(SettingsRepository.class, s -> s.put("account.username", "digger"));

        List<Migration> later = new java.util.ArrayList<>(Migrations.all());
        int next = later.get(later.size() - 1).version() + 1;
        later.add(new Migration(next, "test_extra", "CREATE TABLE test_extra (id INTEGER PRIMARY KEY);"));
        Database upgraded = Database.open(dir, later);

        assertEquals(next, upgraded.schemaVersion());
        assertEquals("digger", upgraded.jdbi().withExtension(SettingsRepository.class, s -> s.get("account.username")).orElseThrow());
        assertEquals(Integer.valueOf(0), upgraded.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM test_extra").mapTo(Integer.class).one()));
    }

    @Test
    void a_new_database_logs_one_line_and_an_upgrade_names_each_migration_it_applies() {
        List<Migration> all = Migrations.all();
        int last = all.get(all.size() - 1).version();
        String created = Captured.errOf(() -> Database.open(dir, all.subList(0, 3)).close());
        assertEquals(List.of("A new database: building schema version " + all.get(2).version()), migratorLines(created));

        String upgraded = Captured.errOf(() -> Database.open(dir).close());
        List<String> lines = migratorLines(upgraded);
        assertEquals(all.size() - 3, lines.stream().filter(l -> l.startsWith("Applying migration ")).count(), upgraded);
        assertTrue(lines.contains("Applying migration " + last + " (" + all.get(all.size() - 1).name() + ")"), upgraded);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("A new database")), upgraded);
    }

    /** The Migrator's lines of a log, without their time and level. */
    private static List<String> migratorLines(String log) {
        return log.lines().filter(l -> l.contains(" Migrator - ")).map(l -> l.substring(l.indexOf(" Migrator - ") + 12))
                .toList();
    }

    @Test
    void a_database_from_a_newer_spindle_is_refused_untouched() {
        Database db = Database.open(dir);
        int newer = db.schemaVersion() + 5;
        db.jdbi().useHandle(h -> h.execute("PRAGMA user_version = " + newer));

        DatabaseTooNewException e = assertThrows(DatabaseTooNewException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("schema version " + newer), e.getMessage());
        assertEquals(newer, db.schemaVersion());
    }

    @Test
    void a_failing_migration_leaves_the_previous_version_intact() {
        Database.open(dir, List.of(Migrations.all().get(0)));
        List<Migration> broken = List.of(Migrations.all().get(0),
                new Migration(2, "broken", "CREATE TABLE half_done (id INTEGER); THIS IS NOT SQL;"));
        assertThrows(RuntimeException.class, () -> Database.open(dir, broken));
        Database reopened = Database.open(dir, List.of(Migrations.all().get(0)));
        assertEquals(1, reopened.schemaVersion());
        assertEquals(Integer.valueOf(0), reopened.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").mapTo(Integer.class).one()));
    }
}
