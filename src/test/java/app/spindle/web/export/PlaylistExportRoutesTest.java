package app.spindle.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.SharedAccount;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedAccount.class)
class PlaylistExportRoutesTest {
    static SyncedAccount account;
    static TestHttp http;

    @BeforeAll
    static void connect(SharedAccount.Served served) {
        account = served.account();
        http = served.http();
    }

    @Test
    void the_collection_is_a_rekordbox_playlist_of_every_track_of_every_record() {
        HttpResponse<String> r = http.get("/export/playlists/collection.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        long tracks = account.count("SELECT count(*) FROM tracks t WHERE coalesce(t.type, 'track') = 'track' AND coalesce(t.title, '') <> '' "
                + "AND t.release_id IN (SELECT release_id FROM collection_items)");
        assertTrue(r.body().contains("<NODE Name=\"Collection\" Type=\"1\" KeyType=\"0\" Entries=\"" + tracks + "\">"), r.body().substring(0, 400));
        assertTrue(r.body().contains("Name=\"Never Gonna Give You Up\" Artist=\"Rick Astley\""), "a real release's track");
        assertTrue(r.body().contains("Comments=\"Side A · RCA Cat# PB 41447 · 1987\""), "side, label, catalog number and year");
    }

    @Test
    void the_shelf_links_its_filtered_view_as_playlists() {
        String page = http.get("/collection?genre=Electronic&sort=artist-asc").body();
        assertTrue(page.contains("href=\"/export/playlists/collection.m3u8?genre=Electronic&amp;sort=artist-asc\""), page);
        assertTrue(page.contains("href=\"/export/playlists/collection.xml?genre=Electronic&amp;sort=artist-asc\""));
        String wantlist = http.get("/wantlist").body();
        assertTrue(wantlist.contains("/export/playlists/wantlist.csv"), "the wantlist too");
    }

    @Test
    void a_filtered_wantlist_view_is_an_m3u8_and_the_csv_follows_too() {
        HttpResponse<String> m3u = http.get("/export/playlists/wantlist.m3u8?genre=No+Such+Genre");
        assertEquals(200, m3u.statusCode());
        assertEquals("#EXTM3U\n#PLAYLIST:Wantlist\n", m3u.body());
        HttpResponse<String> csv = http.get("/export/playlists/wantlist.csv");
        assertTrue(csv.body().startsWith("Artist,Title,Album,Label,Catalog Number,Year,Side,Position,Discogs Release,File\r\n"));
        assertEquals(404, http.get("/export/playlists/everything.m3u8").statusCode());
        HttpResponse<String> smart = http.get("/export/playlists/no-digital-copy.m3u8");
        assertEquals(200, smart.statusCode());
        assertTrue(smart.body().startsWith("#EXTM3U\n#PLAYLIST:Vinyl I own with no digital copy\n#EXTINF:-1,"), smart.body());
        assertEquals(400, http.get("/export/playlists/collection.xml?page=abc").statusCode());
    }
}
