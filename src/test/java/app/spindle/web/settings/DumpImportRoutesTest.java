package app.spindle.web.settings;

import app.spindle.dump.ImportState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.testing.TestBrowserlessSession;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpImportRoutesTest {
    @TempDir
    Path dir;

    private Spindle start() {
        return Spindle.start(ConfigParser.parse(new String[] {"--data", dir.resolve("data").toString(), "--port", "0",
                "--sync-interval", "0"}, k -> null));
    }

    private Path sampleCopy() throws Exception {
        Path sample = Path.of(getClass().getResource("/dump/discogs_20200806_releases.xml.gz").toURI());
        return Files.copy(sample, Files.createDirectories(dir.resolve("dumps")).resolve(sample.getFileName()));
    }

    @Test
    void a_dump_imported_from_settings_with_every_release_is_viewable_served_and_searchable() throws Exception {
        Path dump = sampleCopy();
        try (Spindle s = start()) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            assertTrue(browser.get("/settings").body().contains("Import a Discogs data dump"));
            String form = browser.get(DumpImportRoutes.PANEL).body();
            assertTrue(form.contains("Dump file on this server"), form);
            // the measured size: 3.1 KB a release (BENCHMARKS, round 5) + 0.17 KB for migration 016's prefix index
            assertTrue(form.contains("about 3.3 GB per million releases"), form);

            HttpResponse<String> started = browser.postForm(DumpImportRoutes.PANEL,
                    Map.of("path", dump.toString(), "mode", "all"), true);
            assertEquals(200, started.statusCode(), started.body());
            s.dumpImports().awaitIdle(120_000);
            assertEquals(ImportState.SUCCEEDED, s.dumpImports().status().state(), String.valueOf(s.dumpImports().status().error()));
            String panel = browser.get(DumpImportRoutes.PANEL).body();
            assertTrue(panel.contains("Imported discogs_20200806_releases.xml.gz"), panel);
            assertTrue(panel.contains("1,000 imported"), panel);

            HttpResponse<String> page = browser.get("/releases/1");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Stockholm"));
            assertTrue(page.body().contains("Östermalm"));
            String json = browser.get("/api/releases/1").body();
            assertTrue(json.contains("\"SK032\""), json);
            assertTrue(json.contains("\"copies\":[]"), json);
            assertEquals(200, browser.get("/releases/14220612").statusCode());
        }
    }

    @Test
    void a_path_that_is_not_a_dump_is_refused_with_a_sentence() throws Exception {
        try (Spindle s = start()) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            HttpResponse<String> missing = browser.postForm(DumpImportRoutes.PANEL,
                    Map.of("path", dir.resolve("discogs_20200806_releases.xml.gz").toString(), "mode", "all"), true);
            assertEquals(400, missing.statusCode());
            assertTrue(missing.body().contains("there is no file"), missing.body());
            Path notADump = Files.writeString(dir.resolve("notes.txt"), "hello");
            HttpResponse<String> badName = browser.postForm(DumpImportRoutes.PANEL, Map.of("path", notADump.toString()), true);
            assertEquals(400, badName.statusCode());
            assertTrue(badName.body().contains("is not named like a Discogs dump"), badName.body());
            assertEquals(403, browser.postForm(DumpImportRoutes.PANEL, Map.of("path", "x"), false).statusCode(),
                    "the form needs its CSRF token");
        }
    }
}
