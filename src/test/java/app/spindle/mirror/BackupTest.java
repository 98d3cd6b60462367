package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path dir;

    @Test
    void a_backup_taken_while_writes_go_on_is_a_consistent_openable_copy() throws Exception {
        Database db = Database.open(Files.createDirectories(dir.resolve("live")));
        db.jdbi().useHandle(h -> h.execute("CREATE TABLE pairs (a INTEGER NOT NULL, b INTEGER NOT NULL)"));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                int n = written.get() + 1;
                // each transaction adds two rows; a consistent copy never holds an odd count
                db.jdbi().useTransaction(h -> {
                    h.execute("INSERT INTO pairs VALUES (?, 1)", n);
                    h.execute("INSERT INTO pairs VALUES (?, 2)", n);
                });
                written.set(n); // counted only once committed
            }
        });
        writer.start();
        Eventually.until(() -> written.get() >= 50 || !writer.isAlive(), Duration.ofSeconds(60),
                () -> "50 pairs written, not " + written.get());
        Path copy = dir.resolve("backup.db");
        db.backupTo(copy);
        writing.set(false);
        writer.join();

        Files.createDirectories(dir.resolve("restored"));
        Files.copy(copy, dir.resolve("restored").resolve(Database.FILE_NAME));
        Database restored = Database.open(dir.resolve("restored"));
        int rows = restored.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM pairs").mapTo(Integer.class).one());
        assertTrue(rows >= 100, "rows " + rows);
        assertEquals(0, rows % 2, "a transaction was split: " + rows);
        assertEquals(db.schemaVersion(), restored.schemaVersion());
    }

    @Test
    void a_backup_never_overwrites_an_existing_file() throws Exception {
        Database db = Database.open(dir);
        Path existing = Files.writeString(dir.resolve("precious.db"), "keep me");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.backupTo(existing));
        assertTrue(e.getMessage().contains("already exists"));
        assertEquals("keep me", Files.readString(existing));
    }
}
