package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.testing.Folders;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ReleaseWriterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private final DiscogsModels models = new DiscogsModels();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> every_real_release_round_trips_through_the_mirror() throws Exception {
        Database db = Database.open(dir);
        ReleaseWriter writer = new ReleaseWriter(db.jdbi(), CLOCK);
        return releaseFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            DiscogsRelease release = models.release(json);
            writer.writeDetails(release, json);
            writer.writeDetails(release, json); // a second write replaces, never duplicates
            ReleaseRows rows = db.jdbi().withExtension(StoredRelease.class, r -> r.rows(release.id())).orElseThrow();
            assertEquals(release, ReleaseFromRows.of(rows));
            assertEquals(json, db.jdbi().withExtension(StoredRelease.class, r -> r.rawJson(release.id())).orElseThrow());
            assertEquals("2026-11-25T12:00:00.000Z", rows.release().detailsFetchedAt());
        }));
    }

    @Test
    void a_seven_inch_single_gets_its_size_speed_sides_and_catno_key() throws Exception {
        Database db = Database.open(dir);
        writeAll(db);
        ReleaseRows rows = db.jdbi().withExtension(StoredRelease.class, r -> r.rows(249504)).orElseThrow();
        FormatRow format = rows.formats().get(0);
        assertEquals("7\"", format.size());
        assertEquals("45", format.speed());
        assertEquals(List.of("A", "B"), rows.tracks().stream().map(TrackRow::side).toList());
        assertEquals(212, rows.tracks().get(0).durationSeconds());
        assertEquals("PB41447", rows.labels().stream().filter(l -> l.kind().equals(LabelRow.LABEL)).findFirst().orElseThrow().catnoKey());
        assertEquals("Rick Astley", rows.release().artistCredit());
        assertEquals(Long.valueOf(1), db.jdbi().<Long, RuntimeException>withHandle(h -> h.createQuery(
                "SELECT count(*) FROM release_labels WHERE catno_key = 'PB41447'").mapTo(Long.class).one()));
    }

    @Test
    void index_tracks_keep_their_sub_tracks_in_order() throws Exception {
        Database db = Database.open(dir);
        writeAll(db);
        ReleaseRows rows = db.jdbi().withExtension(StoredRelease.class, r -> r.rows(1161277)).orElseThrow();
        TrackRow index = rows.tracks().stream().filter(t -> "index".equals(t.type())).findFirst().orElseThrow();
        TrackRow first = rows.tracks().get(index.seq() + 1);
        assertEquals(index.seq(), first.parentSeq());
        assertEquals("1", first.position());
    }

    @Test
    void the_search_index_finds_a_record_by_matrix_track_title_catno_and_barcode() throws Exception {
        Database db = Database.open(dir);
        writeAll(db);
        SearchIndex search = new SearchIndex(db.jdbi());
        assertEquals(249504L, search.search("PB 41447-B.2 UTOPIA", 5).get(0));
        assertEquals(249504L, search.search("never gonna give you up instrumental", 5).get(0));
        assertTrue(search.search("PB41447", 5).contains(249504L));
        assertTrue(search.search("pb 41447", 5).contains(249504L));
        assertTrue(search.search("5012394144777", 5).contains(249504L));
        assertTrue(search.search("astley", 5).contains(249504L));
        assertEquals(List.of(), search.search("\"unbalanced AND * -", 5));
    }

    @Test
    void the_index_with_word_prefixes_finds_what_the_writer_indexed() throws Exception {
        // The index has been rebuilt since (migration 5: word prefixes; 14: genres and styles; 16: prefixes of
        // four), and today's writer fills today's columns, so the writer's rows are searched in today's schema.
        Database database = Database.open(dir);
        writeAll(database);
        SearchIndex index = new SearchIndex(database.jdbi());
        for (String query : List.of("PB 41447-B.2 UTOPIA", "never gonna give you up instrumental", "PB41447",
                "5012394144777", "astley", "as", "ne gi", "rca", "b.2")) {
            assertTrue(index.search(query, 50).contains(249504L), query);
        }
        assertTrue(database.jdbi().withHandle(h -> h.createQuery("SELECT sql FROM sqlite_master WHERE name = 'release_search'")
                .mapTo(String.class).one()).contains("prefix = '2 3 4'"));
    }

    @Test
    void the_dump_digest_column_joins_a_mirror_made_by_migration_5_and_keeps_every_release() throws Exception {
        Database before = Database.open(dir, Migrations.all().subList(0, 5));
        withTodaysSearchTable(before);
        writeAll(before);
        long releases = before.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM releases").mapTo(Long.class).one());
        before.jdbi().useHandle(h -> {
            h.execute("DROP VIEW release_search_rows"); // migration 20 makes them
            h.execute("DROP TABLE shelf_search");
        });
        before.close();

        Database after = Database.open(dir);
        assertEquals(releases, (long) after.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM releases WHERE dump_digest IS NULL AND details_fetched_at IS NOT NULL")
                .mapTo(Long.class).one()), "every release kept, none written by a dump");
        assertTrue(new SearchIndex(after.jdbi()).search("astley", 5).contains(249504L));
    }

    /**
     * Today's writer fills today's search tables (migration 14 added genres and styles, 20 the shelves' index and the
     * view both are read from): an older mirror gets their shape.
     */
    private static void withTodaysSearchTable(Database old) throws IOException {
        List<String> today = Database.open(Folders.temporary("spindle-schema")).jdbi().withHandle(h -> h.createQuery(
                "SELECT sql FROM sqlite_master WHERE name IN ('release_search', 'shelf_search', 'release_search_rows')"
                        + " ORDER BY type DESC").mapTo(String.class).list());
        old.jdbi().useHandle(h -> {
            h.execute("DROP TABLE release_search");
            today.forEach(h::execute);
        });
    }

    @Test
    void bytes_per_release_are_measured() throws Exception {
        Database db = Database.open(dir);
        List<Path> files = releaseFiles();
        long raw = 0;
        for (Path f : files) {
            raw += Files.size(f);
        }
        writeAll(db);
        long gzip = db.jdbi().withHandle(h -> h.createQuery("SELECT sum(length(gzip)) FROM release_json")
                .mapTo(Long.class).one());
        long used = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT sum(pgsize - unused) FROM dbstat WHERE name NOT IN ('settings', 'sqlite_schema')")
                .mapTo(Long.class).one());
        long normalised = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT sum(pgsize - unused) FROM dbstat WHERE name NOT LIKE 'release_search%' AND name NOT LIKE 'shelf_search%'"
                        + " AND name <> 'release_json'"
                        + " AND name NOT IN ('settings', 'sqlite_schema')").mapTo(Long.class).one());
        System.out.printf("raw JSON %d bytes/release, gzip %d bytes/release; all rows and indexes %d bytes/release,"
                + " of which normalised tables %d (%d releases)%n", raw / files.size(), gzip / files.size(),
                used / files.size(), normalised / files.size(), files.size());
        assertTrue(gzip < raw / 2);
    }

    private void writeAll(Database db) throws IOException, URISyntaxException {
        ReleaseWriter writer = new ReleaseWriter(db.jdbi(), CLOCK);
        for (Path f : releaseFiles()) {
            String json = Files.readString(f, StandardCharsets.UTF_8);
            writer.writeDetails(models.release(json), json);
        }
    }

    static List<Path> releaseFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(ReleaseWriterTest.class.getResource("/discogs/releases").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            // the unauthenticated captures repeat ids of the authenticated ones
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("unauthenticated"))
                    .sorted().toList();
        }
    }
}
