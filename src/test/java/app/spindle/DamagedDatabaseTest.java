package app.spindle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.config.ConfigParser;
import app.spindle.mirror.Database;
import app.spindle.testing.Captured;
import app.spindle.testing.Eventually;
import app.spindle.testing.TestBrowserlessSession;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged database file is refused at start in one sentence that says what to do, never a trace; the server
 * checks once it has answered its first request (the check must not slow that page) and then answers every page
 * with that sentence.
 */
class DamagedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void a_damaged_header_is_refused_in_one_sentence() throws Exception {
        Path db = filledDatabase();
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.write("this is no database header".getBytes(StandardCharsets.US_ASCII));
        }
        assertRefused();
    }

    @Test
    void garbage_in_the_middle_of_the_file_is_refused_in_one_sentence() throws Exception {
        damageTheMiddle(filledDatabase());
        assertRefused();
    }

    @Test
    void a_server_checks_once_it_has_answered_and_then_pages_say_what_to_do() throws Exception {
        Path db = filledDatabase();
        damageTheMiddle(db);
        try (Spindle spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0"},
                name -> null))) {
            TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
            browser.get("/static/app.css");
            Eventually.until(() -> spindle.database().health().problem().isPresent(), Duration.ofSeconds(30),
                    () -> "the integrity check after the first answer found nothing");
            HttpResponse<String> page = browser.get("/collection");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("restore a backup"), page.body());
            assertTrue(browser.get("/api/status").body().contains("damaged"));
        }
    }

    @Test
    void a_check_left_for_later_waits_until_it_is_started() throws Exception {
        damageTheMiddle(filledDatabase());
        try (Database database = Database.open(dir, Database.IntegrityCheck.AFTER_START)) {
            assertTrue(database.health().problem().isEmpty(), "nothing checked before the start");
            database.startIntegrityCheck();
            Eventually.until(() -> database.health().problem().isPresent(), Duration.ofSeconds(30),
                    () -> "the check found nothing once started");
        }
    }

    private static void damageTheMiddle(Path db) throws java.io.IOException {
        long size = Files.size(db);
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek(size / 2);
            file.write(garbage);
        }
    }

    private Path filledDatabase() throws java.io.IOException {
        try (Database database = Database.open(dir)) {
            database.jdbi().useHandle(h -> h.execute("""
                    INSERT INTO settings (key, value)
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
                    SELECT 'filler.' || i, hex(randomblob(200)) FROM n"""));
        }
        Path db = dir.resolve(Database.FILE_NAME);
        assertTrue(Files.size(db) > 512 * 1024, "large enough to damage its middle");
        return db;
    }

    private void assertRefused() {
        Captured<Integer> run = Captured.of(() -> Main.run(new String[] {"sync", "--data", dir.toString()}));
        int code = run.result();
        String text = run.err();
        assertEquals(2, code, text);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("spindle: the database " + dir.resolve(Database.FILE_NAME).toAbsolutePath() + " is damaged"), text);
        assertTrue(text.contains("restore a backup"), text);
    }
}
