package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityImporterTest {
    @TempDir
    Path dir;
    Mirror mirror;

    @BeforeEach
    void open() {
        mirror = new Mirror(Database.open(dir), DumpImporterTest.CLOCK);
    }

    ImportResult importSample(String name) {
        return new EntityImporter(mirror, DumpImporterTest.CLOCK).importEntities(DumpFile.of(DumpSamples.file(name)),
                new ImportProgress(DumpImporterTest.CLOCK), () -> false);
    }

    String one(String sql) {
        return mirror.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void the_masters_artists_and_labels_samples_fill_their_tables() {
        assertEquals(1000, importSample("discogs_20200806_masters.xml.gz").imported());
        assertEquals(1000, importSample("discogs_20200806_artists.xml.gz").imported());
        assertEquals(1000, importSample("discogs_20200806_labels.xml.gz").imported());
        assertEquals("Moments In Time|Vince Watson|2002|116925",
                one("SELECT title || '|' || artist_credit || '|' || year || '|' || main_release_id FROM masters WHERE id = 113"));
        assertEquals("The Persuader", one("SELECT name FROM artists WHERE id = 1"));
        assertEquals("Planet E", one("SELECT name FROM labels WHERE id = 1"));
        assertTrue(one("SELECT profile FROM labels WHERE id = 1").contains("classic techno label"));
    }

    @Test
    void a_plain_xml_masters_file_of_2026_reads_too() {
        ImportResult result = importSample("discogs_20260201_masters.xml");
        assertTrue(result.succeeded(), String.valueOf(result.error()));
        assertEquals(4, result.imported());
        assertEquals("Complete Works = L'Oeuvre Intégrale = Gesamtwerk|Wolfgang Amadeus Mozart|1028981",
                one("SELECT title || '|' || artist_credit || '|' || main_release_id FROM masters WHERE id = 1168624"));
    }

    @Test
    void artists_and_labels_keep_their_whole_record_so_their_pages_need_no_request() {
        importSample("discogs_20200806_artists.xml.gz");
        importSample("discogs_20200806_labels.xml.gz");
        app.spindle.mirror.query.EntityQuery entities = new app.spindle.mirror.query.EntityQuery(
                new app.spindle.mirror.query.MirrorReads(mirror.jdbi()));
        app.spindle.discogs.model.DiscogsModels models = new app.spindle.discogs.model.DiscogsModels();
        app.spindle.mirror.query.StoredEntity stored = entities.artist(2).orElseThrow();
        assertEquals("2020-08-06", stored.dumpDate());
        app.spindle.discogs.model.DiscogsArtist duo = models.parse(stored.json(), app.spindle.discogs.model.DiscogsArtist.class);
        assertEquals("Cari Lekebusch & Alexi Delano", duo.realname());
        assertEquals(java.util.List.of(26L, 27L), duo.members().stream().map(m -> m.id()).toList());
        assertEquals(5, duo.aliases().size());
        app.spindle.discogs.model.DiscogsArtist persuader = models.parse(entities.artist(1).orElseThrow().json(),
                app.spindle.discogs.model.DiscogsArtist.class);
        assertTrue(persuader.namevariations().contains("Persuader"));
        app.spindle.discogs.model.DiscogsLabel planetE = models.parse(entities.label(1).orElseThrow().json(),
                app.spindle.discogs.model.DiscogsLabel.class);
        assertTrue(planetE.urls().contains("http://planet-e.net"));
        assertTrue(planetE.sublabels().isEmpty(), "this dump lists sub-labels as empty elements");
        long parented = mirror.jdbi().withHandle(h -> h.createQuery("SELECT id, gzip FROM labels WHERE gzip IS NOT NULL")
                .map((r, ctx) -> models.parse(app.spindle.mirror.CompressedJson.unpack(r.getBytes("gzip")),
                        app.spindle.discogs.model.DiscogsLabel.class))
                .list().stream().filter(l -> l.parentLabel() != null).count());
        assertTrue(parented > 50, "parent labels are kept: " + parented);
    }
}
