package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync's details phase writes through one {@link ReleaseWriter.Session}: statements kept across releases. */
class ReleaseWriterSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final List<String> TABLES = List.of("releases", "release_artists", "tracks", "track_artists",
            "release_labels", "release_formats", "release_identifiers", "release_genres", "release_styles",
            "release_images", "release_videos", "artists", "labels", "release_json", "release_search");

    @TempDir
    Path dir;
    private final List<Fetched> fetched = new ArrayList<>();

    record Fetched(DiscogsRelease release, String json) {
    }

    @BeforeEach
    void readReleases() throws Exception {
        DiscogsModels models = new DiscogsModels();
        for (Path file : ReleaseWriterTest.releaseFiles()) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            fetched.add(new Fetched(models.release(json), json));
        }
    }

    @Test
    void a_session_stores_the_same_rows_as_releases_written_one_at_a_time() throws Exception {
        Database alone = Database.open(Files.createDirectory(dir.resolve("alone")));
        ReleaseWriter one = new ReleaseWriter(alone.jdbi(), CLOCK);
        fetched.forEach(f -> one.writeDetails(f.release(), f.json()));
        Database together = Database.open(Files.createDirectory(dir.resolve("together")));
        together.jdbi().useHandle(h -> {
            try (ReleaseWriter.Session writes = new ReleaseWriter(together.jdbi(), CLOCK).session(h)) {
                fetched.forEach(f -> writes.writeDetails(f.release(), f.json()));
                fetched.forEach(f -> writes.writeDetails(f.release(), f.json())); // replaces, never duplicates
            }
        });
        for (String table : TABLES) {
            assertEquals(rows(alone, table), rows(together, table), table);
        }
    }

    @Test
    void a_release_that_fails_halfway_keeps_its_stored_rows_and_the_session_writes_the_next() throws Exception {
        Database db = Database.open(dir);
        ReleaseWriter writer = new ReleaseWriter(db.jdbi(), CLOCK);
        fetched.forEach(f -> writer.writeDetails(f.release(), f.json()));
        long failing = db.jdbi().withHandle(h -> h.createQuery("SELECT min(release_id) FROM release_videos")
                .mapTo(Long.class).one());
        Map<String, List<Map<String, Object>>> before = rowsOf(db, failing);
        db.jdbi().useHandle(h -> h.execute("CREATE TRIGGER refuse AFTER INSERT ON release_videos WHEN new.release_id = "
                + failing + " BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        Fetched again = fetched.stream().filter(f -> f.release().id() == failing).findFirst().orElseThrow();
        Fetched other = fetched.stream().filter(f -> f.release().id() != failing).findFirst().orElseThrow();

        db.jdbi().useHandle(h -> {
            try (ReleaseWriter.Session writes = writer.session(h)) {
                assertThrows(JdbiException.class, () -> writes.writeDetails(again.release(), again.json()));
                assertEquals(before, rowsOf(db, failing), "a release's rows are replaced whole or not at all");
                h.execute("DELETE FROM tracks WHERE release_id = " + other.release().id());
                writes.writeDetails(other.release(), other.json());
                h.execute("DROP TRIGGER refuse");
                writes.writeDetails(again.release(), again.json());
                // the driver's generated keys are off only while a kept statement runs
                assertEquals(987_654_321L, h.createUpdate("INSERT INTO artists (id, name) VALUES (987654321, 'x')")
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            }
        });
        assertFalse(rowsOf(db, other.release().id()).get("tracks").isEmpty());
        assertEquals(before, rowsOf(db, failing));
    }

    /** Every row as text (blobs in hex), sorted: some tables have no rowid to order by. */
    private static List<String> rows(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + table).mapToMap().list()).stream()
                .map(row -> row.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() instanceof byte[] b
                        ? HexFormat.of().formatHex(b) : e.getValue())).toList().toString())
                .sorted().toList();
    }

    private static Map<String, List<Map<String, Object>>> rowsOf(Database db, long releaseId) {
        return db.jdbi().withHandle(h -> Map.of(
                "releases", h.createQuery("SELECT * FROM releases WHERE id = " + releaseId).mapToMap().list(),
                "tracks", h.createQuery("SELECT * FROM tracks WHERE release_id = " + releaseId + " ORDER BY seq")
                        .mapToMap().list(),
                "release_videos", h.createQuery("SELECT * FROM release_videos WHERE release_id = " + releaseId
                        + " ORDER BY position").mapToMap().list(),
                "search", h.createQuery("SELECT * FROM release_search WHERE rowid = " + releaseId).mapToMap().list()));
    }
}
