package app.spindle.web.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.testing.TestBrowserlessSession;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dump-path form says whether a file exists anywhere on the server (that is its use): with a password,
 * only a logged-in user learns it; a visitor without a session learns nothing about the path given.
 */
class DumpPathDisclosureTest {
    @TempDir
    Path dir;

    @Test
    void only_a_logged_in_user_learns_whether_a_path_exists() {
        try (Spindle spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--sync-interval", "0", "--password", "correct horse"}, k -> null))) {
            TestBrowserlessSession visitor = new TestBrowserlessSession(spindle.port());
            visitor.get("/login");
            for (String path : new String[] {"/etc/passwd", "/nowhere/discogs_20260201_releases.xml.gz"}) {
                HttpResponse<String> probe = visitor.postForm(DumpImportRoutes.PANEL, Map.of("path", path), true);
                assertEquals(302, probe.statusCode(), probe.body());
                assertFalse(probe.body().contains(path) || probe.body().contains("there is no file")
                        || probe.body().contains("not named like"), probe.body());
            }

            TestBrowserlessSession owner = new TestBrowserlessSession(spindle.port());
            owner.get("/login");
            assertEquals(302, owner.postForm("/login", Map.of("password", "correct horse"), true).statusCode());
            HttpResponse<String> missing = owner.postForm(DumpImportRoutes.PANEL,
                    Map.of("path", "/nowhere/discogs_20260201_releases.xml.gz"), true);
            assertEquals(400, missing.statusCode());
            assertTrue(missing.body().contains("there is no file /nowhere/discogs_20260201_releases.xml.gz"), missing.body());
            HttpResponse<String> exists = owner.postForm(DumpImportRoutes.PANEL, Map.of("path", "/etc/passwd"), true);
            assertTrue(exists.body().contains("not named like a Discogs dump"), exists.body());
        }
    }
}
