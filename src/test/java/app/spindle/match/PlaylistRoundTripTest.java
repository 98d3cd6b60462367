package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.query.ReadSide;
import app.spindle.playlists.ExportPlaylist;
import app.spindle.playlists.M3u8Writer;
import app.spindle.playlists.PlaylistTrack;
import app.spindle.playlists.RekordboxXmlWriter;
import app.spindle.playlists.ShelfPlaylists;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The collection and wantlist of a synced account exported as Rekordbox XML and M3U8, read back by
 * Spindle's own importers, and matched: every track must come back to the release it was exported from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaylistRoundTripTest {
    private SyncedFake synced;
    private ExportPlaylist collection;
    private ExportPlaylist wantlist;

    @BeforeAll
    void syncAnAccount(@TempDir Path dir) {
        synced = new SyncedFake(dir, 18, 40, 15);
        ShelfPlaylists shelves = new ShelfPlaylists(ReadSide.ownConnections(synced.database.jdbi()));
        collection = shelves.collection();
        wantlist = shelves.wantlist();
    }

    @org.junit.jupiter.api.AfterAll
    void stop() {
        synced.close();
    }

    @Test
    void the_rekordbox_xml_has_the_structure_rekordbox_writes() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(rekordbox()));
        Element root = xml.getDocumentElement();
        assertEquals("DJ_PLAYLISTS", root.getTagName());
        assertEquals("1.0.0", root.getAttribute("Version"));
        assertEquals("Spindle", child(root, "PRODUCT").getAttribute("Name"));
        Element library = child(root, "COLLECTION");
        NodeList tracks = library.getElementsByTagName("TRACK");
        assertEquals(String.valueOf(tracks.getLength()), library.getAttribute("Entries"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < tracks.getLength(); i++) {
            Element t = (Element) tracks.item(i);
            for (String attribute : List.of("TrackID", "Name", "Artist", "Album", "Year", "Label", "Comments", "Location")) {
                assertTrue(t.hasAttribute(attribute), "TRACK has " + attribute);
            }
            assertTrue(ids.add(t.getAttribute("TrackID")), "TrackIDs are unique");
        }
        Element top = child(child(root, "PLAYLISTS"), "NODE");
        assertEquals("0", top.getAttribute("Type"));
        assertEquals("ROOT", top.getAttribute("Name"));
        assertEquals("2", top.getAttribute("Count"));
        NodeList lists = top.getElementsByTagName("NODE");
        assertEquals(2, lists.getLength());
        Element first = (Element) lists.item(0);
        assertEquals("Collection", first.getAttribute("Name"));
        assertEquals("1", first.getAttribute("Type"));
        assertEquals("0", first.getAttribute("KeyType"));
        NodeList keys = first.getElementsByTagName("TRACK");
        assertEquals(String.valueOf(keys.getLength()), first.getAttribute("Entries"));
        assertEquals(collection.tracks().size(), keys.getLength());
        for (int i = 0; i < keys.getLength(); i++) {
            assertTrue(ids.contains(((Element) keys.item(i)).getAttribute("Key")), "every key is a TrackID");
        }
        PlaylistTrack sided = collection.tracks().stream().filter(t -> t.side() != null).findFirst().orElseThrow();
        String comment = sided.comment();
        assertTrue(comment.startsWith("Side " + sided.side()), comment);
        assertTrue(comment.contains(PlaylistTrack.CATNO_PREFIX + sided.catno()), comment);
    }

    @Test
    void a_rekordbox_xml_exported_by_spindle_imports_back_and_matches_every_track_to_its_release() {
        RekordboxLibrary library = RekordboxXmlReader.read(new ByteArrayInputStream(rekordbox()));
        assertEquals(List.of("Collection", "Wantlist"), library.playlists().stream().map(Playlist::name).toList());
        List<PlaylistTrack> exported = new ArrayList<>(collection.tracks());
        exported.addAll(wantlist.tracks());
        List<DigitalTrack> imported = new ArrayList<>(library.playlists().get(0).tracks());
        imported.addAll(library.playlists().get(1).tracks());
        assertEquals(exported.size(), imported.size());
        VinylMatcher matcher = new VinylMatcher(synced.database.jdbi(), Clock.systemUTC(), null, () -> false, MatchPolicy.DEFAULT);
        MirrorSource snapshot = matcher.snapshot();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < exported.size(); i++) {
            MatchResult result = matcher.match(imported.get(i), VinylMatcher.Mode.MIRROR_ONLY, snapshot);
            long expected = exported.get(i).releaseId();
            if (result.candidates().isEmpty() || result.candidates().get(0).candidate().releaseId() != expected) {
                wrong.add(imported.get(i) + " meant " + expected + "\n" + ScorerTableTest.describe(result.ranked()));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + exported.size() + " tracks matched elsewhere:\n"
                + String.join("\n", wrong.stream().limit(5).toList()));
        System.out.println("PLAYLISTS round trip: " + exported.size() + " tracks exported as Rekordbox XML, all matched back to their release");
    }

    @Test
    void the_m3u8_reads_back_with_every_entry_and_its_album() {
        StringWriter out = new StringWriter();
        M3u8Writer.write(collection, out);
        String text = out.toString();
        assertTrue(text.startsWith("#EXTM3U\n#PLAYLIST:Collection\n#EXTINF:-1,"), text.substring(0, 60));
        assertFalse(text.contains("\r"));
        List<DigitalTrack> read = M3uReader.read(text);
        assertEquals(collection.tracks().size(), read.size());
        PlaylistTrack first = collection.tracks().get(0);
        assertEquals(first.title(), read.get(0).title());
        assertEquals(first.releaseTitle(), read.get(0).album());
    }

    @Test
    void the_csv_rows_read_back_through_the_csv_import_with_catalog_numbers() {
        StringBuilder csv = new StringBuilder();
        app.spindle.playlists.PlaylistCsvRows.of(wantlist).forEach(row -> csv.append(app.spindle.web.export.CsvCells.line(row)));
        List<DigitalTrack> read = CsvTrackReader.read(csv.toString());
        assertEquals(wantlist.tracks().size(), read.size());
        PlaylistTrack first = wantlist.tracks().get(0);
        assertEquals(first.title(), read.get(0).title());
        assertEquals(first.catno(), read.get(0).catno());
        assertEquals(first.label(), read.get(0).label());
    }

    @Test
    void the_smart_playlists_follow_the_accepted_links() {
        PlaylistTrack owned = collection.tracks().get(0);
        PlaylistTrack wanted = wantlist.tracks().stream()
                .filter(w -> collection.tracks().stream().noneMatch(c -> c.releaseId() == w.releaseId())).findFirst().orElseThrow();
        synced.database.jdbi().useHandle(h -> {
            for (PlaylistTrack t : List.of(owned, wanted)) {
                h.createUpdate("INSERT INTO track_links (release_id, artist, title, position, side, linked_at) "
                                + "VALUES (:release, :artist, :title, :position, :side, '2026-12-01T10:00:00Z')")
                        .bind("release", t.releaseId()).bind("artist", t.artist() + " feat. Guest").bind("title", t.title())
                        .bind("position", t.position()).bind("side", t.side()).execute();
            }
        });
        try {
            app.spindle.playlists.SmartPlaylists smart =
                    new app.spindle.playlists.SmartPlaylists(ReadSide.ownConnections(synced.database.jdbi()));
            ExportPlaylist onVinyl = smart.digitalOnVinyl();
            assertEquals(1, onVinyl.tracks().size());
            assertEquals(owned.releaseId(), onVinyl.tracks().get(0).releaseId());
            assertEquals(owned.artist() + " feat. Guest", onVinyl.tracks().get(0).artist(), "the digital track's own tags");
            assertEquals(owned.catno(), onVinyl.tracks().get(0).catno(), "with the record's catalog number");
            ExportPlaylist withoutDigital = smart.vinylWithoutDigital();
            assertEquals(collection.tracks().size() - 1, withoutDigital.tracks().size());
            assertTrue(withoutDigital.tracks().stream().noneMatch(t -> t.releaseId() == owned.releaseId()
                    && java.util.Objects.equals(t.position(), owned.position())));
            ExportPlaylist wantedVinyl = smart.wantedVinyl();
            assertEquals(List.of(wanted.releaseId()), wantedVinyl.tracks().stream().map(PlaylistTrack::releaseId).toList());
        } finally {
            synced.database.jdbi().useHandle(h -> h.execute("DELETE FROM track_links"));
        }
    }

    private byte[] rekordbox() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RekordboxXmlWriter.write(List.of(collection, wantlist), out);
        return out.toByteArray();
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        assertTrue(list.getLength() > 0, "has " + name);
        return (Element) list.item(0);
    }
}
