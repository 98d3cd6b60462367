package app.spindle.salvage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Main;
import app.spindle.MainAccess;
import app.spindle.mirror.Database;
import app.spindle.testing.Captured;
import app.spindle.testing.ChildJvm;
import app.spindle.testing.Eventually;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spindle salvage} on really damaged files: what a sync cannot bring back is saved into a fresh
 * database, row by row past damaged pages, and the damaged file is kept as it was.
 */
class SalvageCommandTest {
    private static final int LINKS = 4000;
    private static final int TRACKS = 500;
    private static final int CANDIDATES = 3 * TRACKS;

    @TempDir
    Path dir;

    @Test
    void settings_matches_and_queued_changes_are_saved_row_by_row_past_damaged_pages() throws Exception {
        precious();
        List<Long> leaves = leaves("track_links");
        assertTrue(leaves.size() > 60, "track_links spans many pages: " + leaves.size());
        damage(leaves.subList(leaves.size() / 2, leaves.size() / 2 + 16)); // 64 KiB from the middle of the table
        byte[] damaged = Files.readAllBytes(dir.resolve(Database.FILE_NAME));

        String said = salvage(0);

        assertTrue(said.contains("accepted track links ("), "says what could not be read: " + said);
        assertTrue(said.contains("a sync rebuilds"), said);
        Path kept = keptFile();
        assertArrayEquals(damaged, Files.readAllBytes(kept), "the damaged file is kept as it was");
        assertTrue(said.contains(kept.toAbsolutePath().toString()), said);
        try (Database fresh = Database.open(dir)) {
            fresh.jdbi().useHandle(h -> {
                assertEquals("ok", h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
                assertEquals("tok-123", h.createQuery("SELECT value FROM settings WHERE key = 'discogs.token'")
                        .mapTo(String.class).one());
                assertEquals(1, count(h, "match_batches"));
                assertEquals(TRACKS, count(h, "match_tracks"));
                assertEquals(CANDIDATES, count(h, "match_candidates"));
                assertEquals(3, count(h, "actions WHERE state = 'pending'"));
                assertEquals(1, count(h, "price_targets"));
                int links = count(h, "track_links");
                assertTrue(links > LINKS / 2 && links < LINKS, "the readable links, not the damaged ones: " + links);
                assertEquals(1, count(h, "track_links WHERE id = " + LINKS), "rows after the damage are saved too: " + said);
                assertEquals(1, count(h, "track_links WHERE id = 1"));
                assertEquals(0, count(h, "collection_items"), "the mirror is left for a sync");
            });
        }
        assertTrue(said.contains("saved into a fresh") && said.contains(links(said) + " accepted track links"), said);
    }

    @Test
    void match_candidates_after_damage_in_their_first_pages_are_saved_by_their_key() throws Exception {
        precious();
        damage(leaves("match_candidates").subList(0, 2));

        String said = salvage(0);

        assertTrue(said.contains("match candidates ("), "says what could not be read: " + said);
        try (Database fresh = Database.open(dir)) {
            fresh.jdbi().useHandle(h -> {
                assertEquals(0, count(h, "match_candidates WHERE track_id = 1"), "the first pages were really damaged");
                assertEquals(3, count(h, "match_candidates WHERE track_id = " + TRACKS), "the last track's candidates");
                int saved = count(h, "match_candidates");
                assertTrue(saved > CANDIDATES * 3 / 4 && saved < CANDIDATES, "all but the damaged pages: " + saved);
                assertEquals(TRACKS, count(h, "match_tracks"));
            });
        }
    }

    @Test
    void salvage_refuses_in_one_line_while_a_spindle_still_serves_the_folder_and_goes_ahead_once_it_is_killed(
            @TempDir Path logs) throws Exception {
        precious();
        // outside the data folder, which salvage reads; in a folder JUnit deletes (beside it, one file a run stayed in /tmp)
        Path log = logs.resolve("serve.log");
        Process serving = ChildJvm.of(Main.class, "serve", "--data", dir.toString(), "--port", "0", "--sync-interval", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Eventually.until(() -> Files.exists(log) && readQuietly(log).contains("Spindle is serving on"),
                    Duration.ofMinutes(2), () -> "the second Spindle did not start: " + readQuietly(log));
            byte[] before = Files.readAllBytes(dir.resolve(Database.FILE_NAME));

            String said = salvage(2);

            assertEquals(1, said.lines().count(), said);
            assertTrue(said.startsWith("spindle: Spindle is still running on " + dir.toAbsolutePath()), said);
            assertArrayEquals(before, Files.readAllBytes(dir.resolve(Database.FILE_NAME)), "the database is left alone");
        } finally {
            serving.destroyForcibly().waitFor();
        }

        String said = salvage(0);

        assertTrue(said.contains("saved into a fresh"), "a killed Spindle holds the folder no longer: " + said);
    }

    @Test
    void a_file_whose_header_is_garbage_is_kept_aside_and_replaced_by_a_fresh_database() throws Exception {
        precious();
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            file.write("this is no database header at all".getBytes(StandardCharsets.US_ASCII));
        }
        long size = Files.size(dir.resolve(Database.FILE_NAME));

        String said = salvage(0);

        assertTrue(said.contains("could not save everything of: settings"), said);
        assertEquals(size, Files.size(keptFile()));
        try (Database fresh = Database.open(dir)) {
            assertEquals(0, (int) fresh.jdbi().withHandle(h -> count(h, "settings WHERE key = 'discogs.token'")));
        }
    }

    @Test
    void a_folder_without_a_database_is_one_line_and_exit_2() {
        String said = salvage(2);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith("spindle: there is no database in"), said);
    }

    private String salvage(int expectedExit) {
        Captured<Integer> run = Captured.of(() -> MainAccess.run("salvage", "--data", dir.toString()));
        String said = run.err().lines().filter(l -> l.startsWith("spindle:")).reduce("", (a, b) -> a + b + "\n");
        assertEquals(expectedExit, run.result(), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace");
        return said;
    }

    private List<Long> leaves(String table) {
        try (Database db = Database.open(dir)) {
            return db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT pageno FROM dbstat WHERE name = :table AND pagetype = 'leaf' ORDER BY pageno")
                    .bind("table", table).mapTo(Long.class).list());
        }
    }

    /** Garbage over whole pages, as a failing disk leaves them. */
    private void damage(List<Long> pages) throws IOException {
        Random random = new Random(3);
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            for (long page : pages) {
                byte[] garbage = new byte[4096];
                random.nextBytes(garbage);
                file.seek((page - 1) * 4096);
                file.write(garbage);
            }
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private Path keptFile() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> kept = files.filter(f -> f.getFileName().toString().matches("spindle\\.db\\.damaged-\\d{8}-\\d{6}"))
                    .toList();
            assertEquals(1, kept.size(), "one damaged file kept: " + kept);
            return kept.get(0);
        }
    }

    private static String links(String said) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) accepted track links").matcher(said);
        assertTrue(m.find(), said);
        return m.group(1);
    }

    private static int count(org.jdbi.v3.core.Handle h, String tableAndWhere) {
        return h.createQuery("SELECT count(*) FROM " + tableAndWhere).mapTo(Integer.class).one();
    }

    /** What a sync cannot bring back, with the accepted links written last so their pages lie apart. */
    private void precious() {
        try (Database db = Database.open(dir)) {
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO settings (key, value) VALUES ('discogs.token', 'tok-123'), ('sync.interval', '2h')");
                h.execute("""
                        INSERT INTO match_batches (id, name, format, mode, state, track_count, created_at)
                        VALUES (1, 'Pasted lines', 'lines', 'mirror', 'done', %d, '2026-11-30T10:00:00Z')""".formatted(TRACKS));
                h.execute("""
                        INSERT INTO match_tracks (batch_id, seq, artist, title, state, accepted_release_id)
                        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
                        SELECT 1, i, 'Artist ' || i, 'Title ' || i, 'found', 1000 + i FROM n""".formatted(TRACKS));
                h.execute("""
                        INSERT INTO match_candidates (track_id, rank, release_id, source, confidence, explanation)
                        SELECT id, rank, 1000 + seq + rank, 'mirror', 0.9 - rank / 10.0, 'Why ' || hex(randomblob(40))
                        FROM match_tracks, (SELECT 0 AS rank UNION ALL SELECT 1 UNION ALL SELECT 2) ORDER BY id, rank""");
                h.execute("""
                        INSERT INTO actions (kind, release_id, label, created_at)
                        VALUES ('add_want', 11, 'Want 11', '2026-11-30T10:00:00Z'),
                               ('add_want', 12, 'Want 12', '2026-11-30T10:00:01Z'),
                               ('remove_want', 13, 'Remove 13', '2026-11-30T10:00:02Z')""");
                h.execute("INSERT INTO price_targets (release_id, target, currency, set_at) VALUES (11, 20, 'EUR', '2026-11-30')");
                h.execute("""
                        INSERT INTO track_links (release_id, artist, title, source, linked_at)
                        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
                        SELECT 5000 + i, 'Artist ' || i, 'Title ' || i || ' ' || hex(randomblob(80)), 'set.csv, line ' || i,
                               '2026-11-30T10:00:00Z' FROM n""".formatted(LINKS));
            });
        }
    }
}
