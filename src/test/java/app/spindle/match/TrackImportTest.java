package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackImportTest {

    private final TrackImport imports = new TrackImport(64 * 1024);

    private ImportedFile read(String name) {
        return imports.read(name, new ByteArrayInputStream(TestFiles.bytes(name)));
    }

    @Test
    void the_file_name_chooses_the_reader() {
        assertEquals(ImportFormat.CSV, read("playlist-export.csv").format());
        assertEquals(ImportFormat.M3U, read("extinf.m3u8").format());
        assertEquals(ImportFormat.REKORDBOX, read("rekordbox.xml").format());
        assertEquals(3, read("rekordbox.xml").playlists().size());
    }

    @Test
    void content_chooses_when_the_name_does_not_tell() {
        assertEquals(ImportFormat.REKORDBOX, imports.read("upload", TestFiles.bytes("rekordbox.xml")).format());
        assertEquals(ImportFormat.M3U, imports.read("upload", TestFiles.bytes("extinf.m3u8")).format());
        assertEquals(ImportFormat.CSV, imports.read("upload", TestFiles.bytes("semicolon.csv")).format());
        assertEquals(ImportFormat.LINES, imports.read("wishlist.txt", TestFiles.bytes("pasted.txt")).format());
    }

    @Test
    void a_utf16_tab_separated_txt_export_is_read_as_csv() {
        ImportedFile file = read("rekordbox-playlist.txt");
        assertEquals(ImportFormat.CSV, file.format());
        assertEquals(List.of("Can You Feel It", "Strings of Life"), file.tracks().stream().map(DigitalTrack::title).toList());
    }

    @Test
    void invalid_utf8_is_refused_with_line_and_column_and_nothing_imported() {
        ImportException e = assertThrows(ImportException.class, () -> read("invalid-utf8.csv"));
        assertEquals("Line 3, column 4: the file is not UTF-8 text (byte 0xF6). "
                + "Save or export it as UTF-8 and upload it again.", e.getMessage());
    }

    @Test
    void a_csv_or_m3u_that_is_clearly_windows_1252_is_read_as_such_and_says_so() {
        ImportedFile csv = read("windows-1252.csv");
        assertEquals(List.of("Björk", "Motörhead", "Café Tacvba"), csv.tracks().stream().map(DigitalTrack::artist).toList());
        assertTrue(csv.notes().get(0).contains("Windows-1252"));
        assertEquals("Motörhead", read("plain.m3u").tracks().get(1).artist());
    }

    @Test
    void an_m3u8_is_utf8_by_definition_and_never_guessed() {
        ImportException e = assertThrows(ImportException.class,
                () -> imports.read("list.m3u8", "Mot\u00f6rhead - Ace of Spades\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(1, e.line());
    }

    @Test
    void a_file_over_the_cap_is_refused_before_reading_it() {
        TrackImport small = new TrackImport(1024);
        byte[] big = ("Artist,Title\n" + "Aphex Twin,Windowlicker\n".repeat(100)).getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class,
                () -> small.read("big.csv", new ByteArrayInputStream(big)));
        assertEquals("The file is larger than the limit of 1 KB. Split it into smaller files, or raise --max-upload.",
                e.getMessage());
        assertEquals(43, small.read("exact.csv", java.util.Arrays.copyOf(big, 1024)).tracks().size(),
                "a file of exactly the cap is fine");
    }

    @Test
    void every_bad_input_gets_a_sentence_and_no_partial_list() {
        for (String name : List.of("invalid-utf8.csv", "no-usable-column.csv", "unclosed-quote.csv", "malformed.xml",
                "xxe.xml", "not-rekordbox.xml")) {
            ImportException e = assertThrows(ImportException.class, () -> read(name), name);
            assertTrue(e.getMessage().endsWith("."), name + ": " + e.getMessage());
        }
    }

    @Test
    void a_rekordbox_xml_with_bytes_that_are_not_utf8_names_the_place() {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DJ_PLAYLISTS><COLLECTION>\n"
                + "<TRACK TrackID=\"1\" Name=\"Mot\u00f6rhead\"/></COLLECTION></DJ_PLAYLISTS>").getBytes(StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> imports.read("collection.xml", xml));
        assertEquals("Line 3, column 29: the file is not UTF-8 text (byte 0xF6). Save or export it as UTF-8 and upload it again.",
                e.getMessage());
    }

    @Test
    void binary_data_is_not_text() {
        ImportException e = assertThrows(ImportException.class,
                () -> imports.read("cover.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
        assertTrue(e.getMessage().contains("not a text file"));
    }

    @Test
    void a_file_without_tracks_says_so() {
        ImportException e = assertThrows(ImportException.class,
                () -> imports.read("empty.m3u", "#EXTM3U\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("No tracks found in empty.m3u.", e.getMessage());
    }

    @Test
    void pasted_text_is_read_line_by_line() {
        ImportedFile pasted = imports.readPasted("Aphex Twin – Windowlicker\n\n# later\n");
        assertEquals(List.of(new DigitalTrack("Aphex Twin", "Windowlicker", null, null, null, null, null, "line 1")),
                pasted.tracks());
        assertThrows(ImportException.class, () -> imports.readPasted("# nothing\n"));
    }

    @Test
    void the_form_accepts_empty_fields_and_refuses_a_year_that_is_not_one() {
        DigitalTrack track = DigitalTrack.fromForm("", " Windowlicker ", null, "", "wap 105");
        assertEquals(new DigitalTrack(null, "Windowlicker", null, null, "wap 105", null, null, "form"), track);
        assertEquals(1999, DigitalTrack.fromForm("a", "b", null, "1999-03-22", null).year());
        ImportException e = assertThrows(ImportException.class, () -> DigitalTrack.fromForm("a", "b", null, "soon", null));
        assertEquals("The year \"soon\" is not a year like 1999.", e.getMessage());
    }
}
