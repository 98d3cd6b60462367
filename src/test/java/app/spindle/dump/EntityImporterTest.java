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
}
