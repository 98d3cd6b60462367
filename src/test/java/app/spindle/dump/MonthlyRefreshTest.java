package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.StoredRelease;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.ReleaseIndexes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Next month's dump over a mirror of the whole catalogue: only what changed is written again. */
class MonthlyRefreshTest {
    @TempDir
    Path dir;
    Mirror mirror;

    @BeforeEach
    void open() {
        mirror = new Mirror(Database.open(dir), DumpImporterTest.CLOCK);
    }

    ImportResult importAll(Path file) {
        return new DumpImporter(mirror, DumpImporterTest.CLOCK).importReleases(DumpFile.of(file), ImportMode.ALL,
                new ImportProgress(DumpImporterTest.CLOCK), () -> false);
    }

    /** The sample as next month's dump: two titles and one track changed, everything else as it was. */
    Path nextMonth() throws IOException {
        String xml = new String(BadDumpFileTest.sampleXml(), StandardCharsets.UTF_8)
                .replace("<title>Stockholm</title>", "<title>Stockholm (Remastered)</title>")
                .replace("<title>Moonchildren EP</title>", "<title>Moonchildren E.P.</title>")
                .replaceFirst("<title>Sunday Morning</title>", "<title>Sunday Mornin'</title>");
        Path sub = Files.createDirectories(dir.resolve("next"));
        return Files.write(sub.resolve("discogs_20200906_releases.xml.gz"),
                BadDumpFileTest.gzip(xml.getBytes(StandardCharsets.UTF_8)));
    }

    long count(String sql) {
        return mirror.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void next_months_dump_rewrites_only_the_releases_whose_record_changed_and_says_how_many() throws IOException {
        assertTrue(importAll(DumpSamples.releases()).succeeded());
        long tracks = count("SELECT count(*) FROM tracks");
        mirror.jdbi().useHandle(h -> {
            h.execute("INSERT INTO collection_items (instance_id, release_id, folder_id) VALUES (1, 1, 1)");
            h.execute("INSERT INTO wants (release_id) VALUES (2)");
        });

        ImportResult refresh = importAll(nextMonth());

        assertTrue(refresh.succeeded(), refresh.toString());
        assertEquals(1000, refresh.recordsRead());
        assertEquals(3, refresh.imported(), "the three changed releases");
        assertEquals(997, refresh.unchanged());
        assertTrue(DumpCommand.summary(DumpFile.of(nextMonth()), refresh).contains("3 imported, 997 unchanged"),
                DumpCommand.summary(DumpFile.of(nextMonth()), refresh));
        assertEquals("Stockholm (Remastered)", mirror.jdbi().onDemand(StoredRelease.class).release(1).orElseThrow().title());
        assertEquals("Moonchildren E.P.", mirror.jdbi().onDemand(StoredRelease.class).release(7).orElseThrow().title());
        assertEquals(3, count("SELECT count(*) FROM releases WHERE details_fetched_at = '2020-09-06T00:00:00.000Z'"));
        assertEquals(997, count("SELECT count(*) FROM releases WHERE details_fetched_at = '" + DumpImporterTest.DUMP_DAY + "'"));
        assertEquals(tracks, count("SELECT count(*) FROM tracks"), "no release lost or doubled a track");
        assertEquals(List.of(1L), mirror.search().search("Stockholm Remastered", 5), "the search row follows the change");
        assertEquals(count("SELECT count(*) FROM releases"), count("SELECT count(*) FROM release_search_docsize"),
                "each changed release's old search row gone, its new one in");
        mirror.jdbi().useHandle(h -> h.execute("INSERT INTO release_search (release_search) VALUES ('integrity-check')"));
        assertEquals(1, count("SELECT count(*) FROM tracks WHERE title = 'Sunday Mornin'''"));
        assertEquals(1, count("SELECT rowid FROM shelf_search WHERE shelf_search MATCH 'title : remastered'"),
                "a changed release on a shelf is rewritten in the shelves' index too");
        assertEquals(2, count("SELECT count(*) FROM shelf_search_docsize"), "which holds the shelves' releases only");
        mirror.jdbi().useHandle(h -> h.execute("INSERT INTO shelf_search (shelf_search) VALUES ('integrity-check')"));
    }

    @Test
    void a_refreshed_mirror_holds_the_same_rows_as_a_fresh_load_of_next_months_dump() throws IOException {
        assertTrue(importAll(DumpSamples.releases()).succeeded());
        assertTrue(importAll(nextMonth()).succeeded());
        mirror.jdbi().useHandle(h -> h.execute("UPDATE releases SET details_fetched_at = '2020-09-06T00:00:00.000Z'"));

        Mirror fresh = new Mirror(Database.open(Files.createDirectories(dir.resolve("fresh"))), DumpImporterTest.CLOCK);
        assertTrue(new DumpImporter(fresh, DumpImporterTest.CLOCK).importReleases(DumpFile.of(nextMonth()),
                ImportMode.ALL, new ImportProgress(DumpImporterTest.CLOCK), () -> false).succeeded());
        assertEquals(MirrorContents.of(fresh), MirrorContents.of(mirror),
                "changed releases rewritten whole, as a fresh load writes them (but for the date of the unchanged)");
        assertEquals(fresh.search().search("Mornin", 5), mirror.search().search("Mornin", 5));
    }

    @Test
    void the_same_dump_again_writes_nothing() {
        importAll(DumpSamples.releases());
        ImportResult again = importAll(DumpSamples.releases());
        assertEquals(0, again.imported());
        assertEquals(1000, again.keptNewer() + again.unchanged(), "every release is as new as the file");
    }

    @Test
    void a_fresh_load_builds_every_index_it_deferred_and_an_interrupted_one_leaves_them_to_the_resume() {
        ImportResult stopped = new DumpImporter(mirror, DumpImporterTest.CLOCK).importReleases(
                DumpFile.of(DumpSamples.releases()), ImportMode.ALL, new ImportProgress(DumpImporterTest.CLOCK),
                stopAfter(300));
        assertEquals(ImportResult.Outcome.INTERRUPTED, stopped.outcome());
        assertTrue(mirror.jdbi().withHandle(ReleaseIndexes::deferred), "a load stopped halfway has not built its indexes");

        assertTrue(importAll(DumpSamples.releases()).succeeded());
        assertFalse(mirror.jdbi().withHandle(ReleaseIndexes::deferred));
        assertEquals(List.of(1L), mirror.search().search("Persuader Stockholm", 5));
        assertEquals(count("SELECT count(*) FROM releases"), count("SELECT count(*) FROM release_search_docsize"),
                "one search row per release");
    }

    static java.util.function.BooleanSupplier stopAfter(long records) {
        java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
        return () -> seen.incrementAndGet() > records;
    }
}
