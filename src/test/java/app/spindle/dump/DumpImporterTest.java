package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.ReleaseFromRows;
import app.spindle.mirror.StoredRelease;
import app.spindle.mirror.ReleaseWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpImporterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final String DUMP_DAY = "2020-08-06T00:00:00.000Z";

    @TempDir
    Path dir;
    Mirror mirror;
    DumpImporter importer;

    @BeforeEach
    void open() {
        mirror = new Mirror(Database.open(dir), CLOCK);
        importer = new DumpImporter(mirror, CLOCK);
    }

    ImportResult importSample(ImportMode mode) {
        return importer.importReleases(DumpFile.of(DumpSamples.releases()), mode, new ImportProgress(CLOCK), () -> false);
    }

    long count(String sql) {
        return mirror.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void all_mode_stores_every_release_of_the_sample_as_the_api_mapping_would_known_but_neither_owned_nor_wanted() {
        ImportResult result = importSample(ImportMode.ALL);
        assertTrue(result.succeeded(), result.toString());
        assertEquals(1000, result.imported());
        assertEquals(1000, count("SELECT count(*) FROM releases WHERE details_fetched_at = '" + DUMP_DAY + "'"));
        assertEquals(0, count("SELECT count(*) FROM collection_items") + count("SELECT count(*) FROM wants"));
        mirror.jdbi().useExtension(StoredRelease.class, releases -> {
            for (DumpRelease d : DumpSamples.read(DumpSamples.releases())) {
                DiscogsRelease stored = ReleaseFromRows.of(releases.rows(d.release().id()).orElseThrow());
                assertEquals(withoutVideosAndImages(d.release()), stored,
                        "release " + d.release().id() + " comes back from its rows unchanged, but for what --all leaves out");
            }
        });
        assertEquals(1660109L, count("SELECT id FROM masters WHERE main_release_id = 1"));
        assertEquals(List.of(1L), mirror.search().search("Persuader Stockholm", 5));
        assertEquals(List.of(1L), mirror.search().search("MPO SK 032 A1", 5), "matrix etchings are searchable");
    }

    @Test
    void the_default_mode_imports_only_the_releases_the_collection_and_wantlist_refer_to() {
        mirror.listingWriter().writeCollectionPage(null, List.of(item(1, 101), item(3, 103), item(999_999_999L, 104)));
        ImportResult result = importSample(ImportMode.REFERENCED);
        assertTrue(result.succeeded(), result.toString());
        assertEquals(1000, result.recordsRead());
        assertEquals(2, result.imported());
        assertEquals(2, count("SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL"));
        assertEquals("Stockholm", mirror.jdbi().onDemand(StoredRelease.class).release(1).orElseThrow().title());
        assertEquals(List.of(999_999_999L), mirror.releases().missingDetails(10), "the sync fetches only what the dump lacks");
        assertEquals(3, count("SELECT count(*) FROM releases"));
    }

    @Test
    void a_release_fetched_from_the_api_after_the_dump_keeps_its_newer_copy() {
        DiscogsRelease first = DumpSamples.read(DumpSamples.releases()).get(0).release();
        new ReleaseWriter(mirror.jdbi(), CLOCK).writeDetails(WithThumb.of(first, "https://i.discogs.com/newer.jpg"), null);
        ImportResult result = importSample(ImportMode.ALL);
        assertEquals(1, result.keptNewer());
        assertEquals(999, result.imported());
        assertEquals("https://i.discogs.com/newer.jpg", mirror.jdbi().onDemand(StoredRelease.class).release(1).orElseThrow().thumb());
        assertEquals("2026-11-25T12:00:00.000Z", mirror.jdbi().onDemand(StoredRelease.class).release(1).orElseThrow().detailsFetchedAt());
    }

    @Test
    void an_import_stopped_midway_resumes_from_its_checkpoint_without_gaps_or_doubles() {
        AtomicLong seen = new AtomicLong();
        ImportResult stopped = importer.importReleases(DumpFile.of(DumpSamples.releases()), ImportMode.ALL,
                new ImportProgress(CLOCK), () -> seen.incrementAndGet() > 700);
        assertEquals(ImportResult.Outcome.INTERRUPTED, stopped.outcome());
        long rows = count("SELECT count(*) FROM releases");
        ImportRun checkpoint = mirror.jdbi().onDemand(ImportRuns.class).newest().orElseThrow();
        assertEquals(rows, checkpoint.imported(), "the checkpoint counts exactly the releases committed");
        assertEquals(700, checkpoint.recordsDone());

        ImportResult resumed = importSample(ImportMode.ALL);
        assertTrue(resumed.succeeded());
        assertTrue(resumed.resumed());
        assertEquals(1000, resumed.imported());
        assertEquals(1000, count("SELECT count(*) FROM releases"));
        assertEquals(1, count("SELECT count(*) FROM dump_imports"), "the same run was continued");
        long tracks = count("SELECT count(*) FROM tracks");
        long expected = DumpSamples.read(DumpSamples.releases()).stream()
                .mapToLong(d -> TrackCount.flattened(d.release().tracklist())).sum();
        assertEquals(expected, tracks, "no release was written twice or in part");
    }

    @Test
    void a_release_given_twice_in_one_file_is_stored_once_and_whole_as_its_first_record_says() throws Exception {
        List<String> bodies = SyntheticDump.recordBodies(DumpSamples.releases());
        Path file = dir.resolve("twice").resolve("discogs_20200806_releases.xml.gz");
        Files.createDirectories(file.getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(
                Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            w.write("<releases>\n");
            for (int i = 0; i < 40; i++) { // more child rows than one grouped statement holds before the repeat
                w.write("<release id=\"" + (i + 1) + bodies.get(i));
            }
            w.write("<release id=\"1" + bodies.get(0).replaceFirst("<title>", "<title>Again: "));
            w.write("</releases>\n");
        }
        ImportResult result = importer.importReleases(DumpFile.of(file), ImportMode.ALL, new ImportProgress(CLOCK),
                () -> false);
        assertTrue(result.succeeded(), result.toString());
        assertEquals(40, count("SELECT count(*) FROM releases"));
        assertEquals(1, result.keptNewer(), "the second record carries the same dump date: the stored copy stands");
        assertEquals("Stockholm", mirror.jdbi().withHandle(h -> h.createQuery("SELECT title FROM releases WHERE id = 1")
                .mapTo(String.class).one()));
        long expected = DumpSamples.read(DumpSamples.releases()).stream().limit(40)
                .mapToLong(d -> TrackCount.flattened(d.release().tracklist())).sum();
        assertEquals(expected, count("SELECT count(*) FROM tracks"), "the repeated release's rows are not doubled");
    }

    @Test
    void importing_the_same_dump_again_after_success_starts_a_new_run() {
        importSample(ImportMode.ALL);
        ImportResult again = importSample(ImportMode.ALL);
        assertFalse(again.resumed());
        assertEquals(1000, count("SELECT count(*) FROM releases"));
        assertEquals(2, count("SELECT count(*) FROM dump_imports WHERE outcome = 'succeeded'"));
    }

    /** What {@code --all} leaves out of releases nobody owns: no page shows them, and the dump's images have no URLs. */
    static DiscogsRelease withoutVideosAndImages(DiscogsRelease r) {
        return new DiscogsRelease(r.id(), r.status(), r.year(), r.resourceUrl(), r.uri(), r.artists(), r.artistsSort(),
                r.labels(), r.series(), r.companies(), r.formats(), r.dataQuality(), r.community(), r.formatQuantity(),
                r.dateAdded(), r.dateChanged(), r.numForSale(), r.lowestPrice(), r.masterId(), r.masterUrl(), r.title(),
                r.country(), r.released(), r.releasedFormatted(), r.notes(), r.identifiers(), List.of(), r.genres(),
                r.styles(), r.tracklist(), r.extraartists(), List.of(), r.thumb(), r.estimatedWeight(), r.blockedFromSale());
    }

    static DiscogsCollectionItem item(long releaseId, long instanceId) {
        return new DiscogsCollectionItem(releaseId, instanceId, 1, 0, "2024-01-01T10:00:00-08:00", List.of(), null, null);
    }
}
