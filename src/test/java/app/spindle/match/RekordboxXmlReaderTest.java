package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RekordboxXmlReaderTest {

    private static RekordboxLibrary read(String name) {
        return RekordboxXmlReader.read(new ByteArrayInputStream(TestFiles.bytes(name)));
    }

    @Test
    void collection_tracks_are_read_from_their_attributes() {
        List<DigitalTrack> tracks = read("rekordbox.xml").tracks();
        assertEquals(5, tracks.size());
        assertEquals(new DigitalTrack("Aphex Twin", "Windowlicker", "Windowlicker", 1999, null, "Warp Records", null, null,
                "rekordbox TrackID 101", "/Users/dj/Music/Aphex Twin/Windowlicker.flac"), tracks.get(0),
                "the Location's file:// URI read back to its path");
    }

    @Test
    void the_mix_attribute_joins_the_title_once() {
        List<DigitalTrack> tracks = read("rekordbox.xml").tracks();
        assertEquals("Can You Feel It (Larry Heard Remix)", tracks.get(1).title());
        assertEquals("Strings of Life (Original Mix)", tracks.get(2).title());
        assertNull(tracks.get(2).year(), "Year=\"0\" means unknown");
    }

    @Test
    void a_track_without_tags_is_named_by_its_file() {
        DigitalTrack track = read("rekordbox.xml").tracks().get(3);
        assertEquals("Bronski Beat", track.artist());
        assertEquals("Smalltown Boy", track.title());
    }

    @Test
    void playlists_come_with_their_folders_and_tracks_in_order() {
        List<Playlist> playlists = read("rekordbox.xml").playlists();
        assertEquals(List.of("Gigs / Friday Warm-up", "Gigs / Peak / House Classics", "By Location"),
                playlists.stream().map(Playlist::path).toList());
        assertEquals(List.of("Jóga", "Windowlicker"),
                playlists.get(0).tracks().stream().map(DigitalTrack::title).toList(),
                "the entry for a track missing from the collection is left out");
        assertEquals(List.of("Mr. Fingers", "Rhythim Is Rhythim"),
                playlists.get(1).tracks().stream().map(DigitalTrack::artist).toList());
        assertEquals("Smalltown Boy", playlists.get(2).tracks().get(0).title(), "KeyType 1 keys are locations");
    }

    @Test
    void malformed_xml_names_line_and_column() {
        ImportException e = assertThrows(ImportException.class, () -> read("malformed.xml"));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().startsWith("Line 6, column "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void bytes_that_are_not_utf8_are_a_clear_error() {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DJ_PLAYLISTS><COLLECTION>\n<TRACK TrackID=\"1\" Name=\"Mot")
                .getBytes(StandardCharsets.UTF_8);
        byte[] rest = "rhead\"/></COLLECTION></DJ_PLAYLISTS>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[xml.length + 1 + rest.length];
        System.arraycopy(xml, 0, all, 0, xml.length);
        all[xml.length] = (byte) 0xF6;
        System.arraycopy(rest, 0, all, xml.length + 1, rest.length);
        ImportException e = assertThrows(ImportException.class, () -> RekordboxXmlReader.read(new ByteArrayInputStream(all)));
        assertEquals(3, e.line(), e.getMessage());
    }

    @Test
    void another_xml_file_is_not_taken_for_a_collection() {
        ImportException e = assertThrows(ImportException.class, () -> read("not-rekordbox.xml"));
        assertTrue(e.getMessage().contains("not a Rekordbox collection"), e.getMessage());
    }

    @Test
    void an_external_entity_is_never_resolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-TOKEN");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE DJ_PLAYLISTS [ <!ENTITY secret SYSTEM "%s"> ]>
                <DJ_PLAYLISTS Version="1.0.0"><COLLECTION Entries="1">
                <TRACK TrackID="1" Name="&secret;" Artist="Attacker"/>
                </COLLECTION></DJ_PLAYLISTS>
                """.formatted(secret.toUri());
        ImportException e = assertThrows(ImportException.class,
                () -> RekordboxXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void the_classic_passwd_attack_file_is_refused() {
        ImportException e = assertThrows(ImportException.class, () -> read("xxe.xml"));
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }
}
