package app.spindle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.testing.SharedAccount;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestHttp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages that read what another feature wrote (the matcher's batches and marks, prices, targets and price
 * preferences, the collection's value) and the playlist downloads read it on the read side's kept-open connections:
 * once warm, a visit opens no SQLite connection on the request thread.
 */
@ExtendWith(SharedAccount.class)
class ReadSideConnectionsTest {
    static SyncedAccount account;
    static TestHttp http;
    static Jdbi jdbi;

    @BeforeAll
    static void connect(SharedAccount.Served served) {
        account = served.account();
        http = served.http();
        jdbi = served.spindle().database().jdbi();
    }

    @Test
    void the_match_page_the_release_api_and_the_price_parts_open_no_connection_of_their_own() {
        long release = account.fake.account().copies().get(4).releaseId();
        for (String path : List.of("/match", "/api/releases/" + release, "/releases/" + release + "/prices",
                "/settings/prices", "/stats/value", "/match?artist=a&title=b")) {
            assertEquals(200, http.get(path).statusCode(), path + " warms the read side's connections");
            assertEquals(List.of(), openedOnRequestThreads(() -> assertEquals(200, http.get(path).statusCode(), path)), path);
        }
    }

    @Test
    void the_playlist_downloads_open_no_connection_of_their_own() {
        for (String path : List.of("/export/playlists/collection.m3u8", "/export/playlists/wantlist.csv?q=a",
                "/export/playlists/on-vinyl.xml", "/export/playlists/no-digital-copy.m3u8", "/export/playlists/wanted-vinyl.csv")) {
            assertEquals(200, http.get(path).statusCode(), path + " warms the read side's connections");
            assertEquals(List.of(), openedOnRequestThreads(() -> assertEquals(200, http.get(path).statusCode(), path)), path);
        }
    }

    private static List<String> openedOnRequestThreads(Runnable visit) {
        List<String> opened = new CopyOnWriteArrayList<>();
        HandleListener counter = new HandleListener() {
            @Override
            public void handleCreated(Handle handle) {
                opened.add(Thread.currentThread().getName());
            }
        };
        Handles handles = jdbi.getConfig(Handles.class);
        handles.addListener(counter);
        try {
            visit.run();
        } finally {
            handles.removeListener(counter);
        }
        return opened.stream().filter(t -> t.startsWith("JettyServerThreadPool")).toList();
    }
}
