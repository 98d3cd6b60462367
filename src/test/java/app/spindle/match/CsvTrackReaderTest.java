package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTrackReaderTest {

    @Test
    void a_playlist_export_is_read_by_its_column_names() {
        List<DigitalTrack> tracks = CsvTrackReader.read(TestFiles.text("playlist-export.csv"));
        assertEquals(6, tracks.size());
        assertEquals(new DigitalTrack("Aphex Twin", "Windowlicker", "Windowlicker", 1999, null, null, "GBBPW9900011",
                "csv line 2"), tracks.get(0));
        assertEquals("Daft Punk,Pharrell Williams,Nile Rodgers", tracks.get(1).artist());
        assertEquals("The Beatles", tracks.get(2).artist());
    }

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks() {
        List<DigitalTrack> tracks = CsvTrackReader.read(TestFiles.text("playlist-export.csv"));
        assertEquals("Song with \"quotes\", and a comma", tracks.get(3).title());
        assertEquals("Crosby, Stills, Nash & Young", tracks.get(3).artist());
        assertEquals("A title that\nspans two lines", tracks.get(4).title());
        assertEquals("csv line 6", tracks.get(4).source());
        // the record after the two-line field and a blank line starts on line 9
        assertEquals("csv line 9", tracks.get(5).source());
    }

    @Test
    void semicolons_and_catalog_number_synonyms_are_understood() {
        List<DigitalTrack> tracks = CsvTrackReader.read(TestFiles.text("semicolon.csv"));
        assertEquals(new DigitalTrack("Aphex Twin", "Windowlicker", "Windowlicker", 1999, "WAP105", "Warp Records",
                null, "csv line 2"), tracks.get(0));
        assertEquals("PB 41447", tracks.get(1).catno());
    }

    @Test
    void an_excel_sep_line_names_the_delimiter() {
        List<DigitalTrack> tracks = CsvTrackReader.read(TestFiles.text("excel-sep.csv"));
        assertEquals(List.of(new DigitalTrack("Moodymann", "Shades of Jae", null, null, "KDJ 21", null, null,
                "csv line 3")), tracks);
    }

    @Test
    void tabs_work_as_delimiter() {
        DigitalTrack track = CsvTrackReader.read(TestFiles.text("tabs.tsv")).get(0);
        assertEquals("Bronski Beat", track.artist());
        assertEquals("Smalltown Boy", track.title());
        assertEquals(1984, track.year());
    }

    @Test
    void a_header_without_usable_columns_is_refused_with_what_was_found() {
        ImportException e = assertThrows(ImportException.class,
                () -> CsvTrackReader.read(TestFiles.text("no-usable-column.csv")));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("no usable column"), e.getMessage());
        assertTrue(e.getMessage().contains("Duration, BPM, Key"), e.getMessage());
    }

    @Test
    void an_unclosed_quote_names_the_line_it_opened_on() {
        ImportException e = assertThrows(ImportException.class,
                () -> CsvTrackReader.read(TestFiles.text("unclosed-quote.csv")));
        assertEquals("Line 3: a quoted field starts here and is never closed (a \" is missing).", e.getMessage());
    }

    @Test
    void an_empty_file_is_refused() {
        assertThrows(ImportException.class, () -> CsvTrackReader.read("\n\n"));
    }
}
