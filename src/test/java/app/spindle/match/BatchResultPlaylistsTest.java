package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.RealReleases;
import app.spindle.mirror.Database;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.mirror.query.ReadSide;
import app.spindle.playlists.BatchPlaylists;
import app.spindle.playlists.BatchPlaylists.Result;
import app.spindle.playlists.ExportPlaylist;
import app.spindle.playlists.M3u8Writer;
import app.spindle.playlists.PlaylistTrack;
import app.spindle.playlists.RekordboxXmlWriter;
import app.spindle.playlists.SmartPlaylists;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.bjoernpetersen.m3u.M3uParser;
import net.bjoernpetersen.m3u.model.M3uEntry;
import net.bjoernpetersen.m3u.model.MediaPath;
import net.bjoernpetersen.m3u.model.MediaUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A match batch read from a DJ's M3U with file paths, matched against a mirror of real releases, and its results
 * exported as playlists: each digital track keeps its file, so players and Rekordbox find the music, and carries
 * its record's catalog number and side. The M3U8 is read back by a third-party M3U parser.
 */
class BatchResultPlaylistsTest {
    private static final String DJ_PLAYLIST = """
            #EXTM3U
            #EXTINF:213,Rick Astley - Never Gonna Give You Up
            /Users/dj/Music/Rick Astley/Never Gonna Give You Up (Extended Mix).mp3
            #EXTINF:250,The Fall - Industrial Estate (2004 Remaster)
            C:\\Music\\The Fall\\Industrial Estate #2.flac
            #EXTINF:200,Nobody Anyone - A Song That Is Nowhere
            Música/nowhere.mp3
            """;

    @TempDir
    Path dir;

    private record Matched(Database db, long batchId, MatchBatches batches) {
    }

    /** Rick Astley's single is in the collection, The Fall's album on the wantlist, the third track on no record. */
    private Matched matchedBatch() throws InterruptedException {
        Database db = Database.open(dir);
        RealReleases.writeAll(db);
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO collection_items (instance_id, release_id, folder_id) VALUES (1, 249504, 1)");
            h.execute("INSERT INTO wants (release_id) VALUES (603365)");
        });
        MatchBatches batches = new MatchBatches(db.jdbi(), Clock.systemUTC());
        ImportedFile file = new TrackImport(1_000_000).read("crate.m3u8", DJ_PLAYLIST.getBytes(StandardCharsets.UTF_8));
        long id = batches.create("crate.m3u8", file, BatchMode.MIRROR);
        VinylMatcher matcher = new VinylMatcher(db.jdbi(), Clock.systemUTC(), null, () -> false, MatchPolicy.DEFAULT);
        try (MatchWorker worker = new MatchWorker(batches, matcher, release -> { }, new BatchTiming(), Duration.ofMillis(100))) {
            worker.start();
            assertTrue(worker.awaitIdle(30, TimeUnit.SECONDS));
        }
        return new Matched(db, id, batches);
    }

    @Test
    void a_batch_from_an_m3u_keeps_each_tracks_file() throws InterruptedException {
        Matched m = matchedBatch();
        List<MatchedTrack> tracks = m.batches().tracks(m.batchId(), null, 0, 10);
        assertEquals("/Users/dj/Music/Rick Astley/Never Gonna Give You Up (Extended Mix).mp3", tracks.get(0).track().location());
        assertEquals("C:\\Music\\The Fall\\Industrial Estate #2.flac", tracks.get(1).track().location());
        assertEquals("Música/nowhere.mp3", tracks.get(2).track().location());
        m.db().close();
    }

    @Test
    void the_results_are_playlists_of_owned_wanted_and_not_found_tracks_with_their_records() throws InterruptedException {
        Matched m = matchedBatch();
        Map<Result, ExportPlaylist> results = new BatchPlaylists(ReadSide.ownConnections(m.db().jdbi())).of(m.batchId(), "crate.m3u8");
        assertEquals("crate.m3u8 – Owned on vinyl", results.get(Result.OWNED).name());
        PlaylistTrack owned = results.get(Result.OWNED).tracks().get(0);
        assertEquals(249504L, owned.releaseId());
        assertEquals("Never Gonna Give You Up", owned.title(), "the digital track's own tags");
        assertEquals("PB 41447", owned.catno());
        assertEquals("Side A · RCA Cat# PB 41447 · 1987", owned.comment());
        assertEquals("/Users/dj/Music/Rick Astley/Never Gonna Give You Up (Extended Mix).mp3", owned.file());
        assertEquals(List.of(603365L), results.get(Result.WANTED).tracks().stream().map(PlaylistTrack::releaseId).toList());
        assertEquals(List.of(), results.get(Result.FOUND).tracks());
        PlaylistTrack missing = results.get(Result.NOT_FOUND).tracks().get(0);
        assertEquals(0L, missing.releaseId());
        assertEquals("Música/nowhere.mp3", missing.file());
        m.db().close();
    }

    @Test
    void a_standard_m3u_parser_reads_the_exported_m3u8_with_every_file() throws InterruptedException {
        Matched m = matchedBatch();
        Map<Result, ExportPlaylist> results = new BatchPlaylists(ReadSide.ownConnections(m.db().jdbi())).of(m.batchId(), "crate.m3u8");
        StringWriter out = new StringWriter();
        M3u8Writer.write(results.get(Result.OWNED), out);
        List<M3uEntry> entries = M3uParser.parse(out.toString());
        assertEquals(1, entries.size());
        assertEquals("Rick Astley - Never Gonna Give You Up", entries.get(0).getTitle());
        assertNull(entries.get(0).getDuration(), "-1: length unknown");
        MediaPath path = assertInstanceOf(MediaPath.class, entries.get(0).getLocation());
        assertEquals(Path.of("/Users/dj/Music/Rick Astley/Never Gonna Give You Up (Extended Mix).mp3"), path.getPath());

        ExportPlaylist notFoundWithoutFile = new ExportPlaylist("Not found", List.of(
                new PlaylistTrack(0, "Nobody Anyone", "A Song That Is Nowhere", null, null, null, null, null, null, null)));
        StringWriter search = new StringWriter();
        M3u8Writer.write(notFoundWithoutFile, search);
        MediaUrl url = assertInstanceOf(MediaUrl.class, M3uParser.parse(search.toString()).get(0).getLocation());
        assertEquals("https://www.discogs.com/search/?type=release&q=Nobody+Anyone+A+Song+That+Is+Nowhere", url.getUrl().toString(),
                "a track on no record and in no file points at a Discogs search for it");
        m.db().close();
    }

    @Test
    void the_rekordbox_xml_writes_each_file_as_rekordbox_does_and_reads_back_to_the_same_files() throws InterruptedException {
        Matched m = matchedBatch();
        Map<Result, ExportPlaylist> results = new BatchPlaylists(ReadSide.ownConnections(m.db().jdbi())).of(m.batchId(), "crate.m3u8");
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        RekordboxXmlWriter.write(List.copyOf(results.values()), xml);
        String text = xml.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Location=\"file://localhost/Users/dj/Music/Rick%20Astley/Never%20Gonna%20Give%20You%20Up%20(Extended%20Mix).mp3\""), text);
        assertTrue(text.contains("Location=\"file://localhost/C:/Music/The%20Fall/Industrial%20Estate%20%232.flac\""), text);
        assertTrue(text.contains("Location=\"M%C3%BAsica/nowhere.mp3\""), "a relative path stays relative: " + text);

        RekordboxLibrary back = RekordboxXmlReader.read(new ByteArrayInputStream(xml.toByteArray()));
        assertEquals(List.of("crate.m3u8 – Owned on vinyl", "crate.m3u8 – Wanted", "crate.m3u8 – On Discogs only",
                "crate.m3u8 – Not found"), back.playlists().stream().map(Playlist::name).toList());
        assertEquals(List.of("/Users/dj/Music/Rick Astley/Never Gonna Give You Up (Extended Mix).mp3",
                        "C:/Music/The Fall/Industrial Estate #2.flac", "Música/nowhere.mp3"),
                back.tracks().stream().map(DigitalTrack::location).toList());
        m.db().close();
    }

    @Test
    void an_accepted_match_takes_its_file_into_the_smart_playlists() throws InterruptedException {
        Matched m = matchedBatch();
        MatchedTrack rick = m.batches().tracks(m.batchId(), null, 0, 10).get(0);
        TrackLinks links = new TrackLinks(m.db().jdbi(), new MirrorReads(m.db().jdbi()), Clock.systemUTC());
        assertTrue(links.accept(rick.id(), 249504L));
        assertEquals("/Users/dj/Music/Rick Astley/Never Gonna Give You Up (Extended Mix).mp3",
                links.forRelease(249504L).get(0).location(), "the release page lists the linked file");
        PlaylistTrack onVinyl = new SmartPlaylists(ReadSide.ownConnections(m.db().jdbi())).digitalOnVinyl().tracks().get(0);
        assertEquals("/Users/dj/Music/Rick Astley/Never Gonna Give You Up (Extended Mix).mp3", onVinyl.file());
        PlaylistTrack shelfTrack = new app.spindle.playlists.ShelfPlaylists(ReadSide.ownConnections(m.db().jdbi())).collection().tracks()
                .stream()
                .filter(t -> "Never Gonna Give You Up".equals(t.title())).findFirst().orElseThrow();
        assertEquals(onVinyl.file(), shelfTrack.file(), "the collection's playlist plays the linked file too");
        m.db().close();
    }
}
