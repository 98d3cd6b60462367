package app.spindle.web;

import app.spindle.Spindle;
import app.spindle.testing.Folders;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestBrowserlessSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;

/**
 * Not part of the suite: how many SQLite connections each page opens on its request thread, counted by a Jdbi
 * {@link HandleListener} over a synced FakeDiscogs account. Each page is visited once first, so the read side's
 * kept-open connections are warm and only what a page opens for itself is counted.
 * {@code src/bench/run.sh app.spindle.web.ConnectionsPerPage}
 */
class ConnectionsPerPage {
    public static void main(String[] args) throws Exception {
        Path dir = Folders.temporary("spindle-connections");
        try (SyncedAccount account = SyncedAccount.sync(dir, 20, 5); Spindle spindle = account.startSpindle()) {
            TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
            long release = account.fake.account().copies().get(4).releaseId();
            String batch = browser.postForm("/match/batches", Map.of("mode", "mirror", "lines", "a - b\nc - d"), true)
                    .headers().firstValue("Location").orElseThrow();
            List<String> paths = List.of("/collection", "/collection?q=a", "/collection/facets", "/wantlist",
                    "/wantlist/shopping-list", "/tracks?q=a", "/match", "/match?artist=a&title=b", "/search?q=a", "/stats",
                    "/settings", "/settings/prices", "/stats/value", "/actions", "/folders", "/releases/" + release,
                    "/releases/" + release + "/prices", "/api/releases/" + release, "/api/status", "/partials/status",
                    "/export/collection.csv", "/export/playlists/collection.m3u8", "/export/playlists/wantlist.csv?q=a",
                    "/export/playlists/on-vinyl.xml", "/export/playlists/no-digital-copy.m3u8", batch + "/playlists/owned.m3u8",
                    batch + "/playlists/results.xml");
            AtomicInteger opened = new AtomicInteger();
            HandleListener counter = new HandleListener() {
                @Override
                public void handleCreated(Handle handle) {
                    if (Thread.currentThread().getName().startsWith("JettyServerThreadPool")) {
                        opened.incrementAndGet();
                    }
                }
            };
            spindle.database().jdbi().getConfig(Handles.class).addListener(counter);
            int total = 0;
            for (String path : paths) {
                browser.get(path);
                opened.set(0);
                int status = browser.get(path).statusCode();
                System.out.printf("%-32s %d  %d new connection(s)%n", path, status, opened.get());
                total += opened.get();
            }
            System.out.printf("%d pages, %d new connections in all%n", paths.size(), total);
        }
    }
}
