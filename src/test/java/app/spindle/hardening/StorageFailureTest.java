package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.sync.SyncStatus;
import app.spindle.testing.Eventually;
import app.spindle.testing.TestBrowserlessSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder stops taking writes — the disk is full, or it became read-only — while Spindle
 * runs: the pages keep being served from what is there, the sync fails with a sentence that says why
 * (no stack trace), nothing already mirrored is damaged, and once there is room again the next sync
 * completes.
 */
class StorageFailureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** How a test takes the room away and gives it back. */
    private interface NoRoom {
        void take() throws Exception;

        void giveBack() throws Exception;
    }

    @Test
    void a_full_disk_fails_the_sync_clearly_while_pages_stay_up_and_nothing_mirrored_is_lost() throws Exception {
        try (SmallDisk disk = SmallDisk.tryMount(dir.resolve("disk"), 8)) {
            if (disk != null) {
                List<Path> fillers = new java.util.ArrayList<>();
                runWithoutRoom(disk.path().resolve("data"), "disk full (tmpfs)", spindle -> new NoRoom() {
                    public void take() throws Exception {
                        fillers.addAll(disk.fill());
                    }

                    public void giveBack() throws Exception {
                        for (Path f : fillers) {
                            Files.deleteIfExists(f);
                        }
                    }
                });
                return;
            }
        }
        // No tmpfs here (not root, or no mount): SQLite's own size cap makes the database "full" the same way.
        runWithoutRoom(dir.resolve("data"), "database full (max_page_count)", spindle -> new NoRoom() {
            private final Handles handles = spindle.database().jdbi().getConfig(Handles.class);
            private volatile boolean capped;

            public void take() {
                long pages = spindle.database().jdbi().withHandle(h -> h.createQuery("PRAGMA page_count").mapTo(Long.class).one());
                capped = true;
                handles.addListener(new org.jdbi.v3.core.HandleListener() {
                    @Override
                    public void handleCreated(org.jdbi.v3.core.Handle h) {
                        h.execute("PRAGMA max_page_count = " + (capped ? pages + 2 : 1_000_000_000));
                    }
                });
            }

            public void giveBack() {
                capped = false;
            }
        });
    }

    /**
     * A file system cannot be remounted read-only while Spindle holds its files open for writing, and
     * root ignores file modes; so SQLite's {@code query_only} makes every new connection refuse writes
     * exactly as a read-only file would (SQLITE_READONLY).
     */
    @Test
    void a_database_that_stops_taking_writes_keeps_pages_up_and_fails_the_sync_clearly() throws Exception {
        runWithoutRoom(dir.resolve("data"), "read-only database (query_only)", spindle -> new NoRoom() {
            private volatile boolean readOnly;

            public void take() {
                readOnly = true;
                spindle.database().jdbi().getConfig(Handles.class).addListener(new org.jdbi.v3.core.HandleListener() {
                    @Override
                    public void handleCreated(org.jdbi.v3.core.Handle h) {
                        h.execute("PRAGMA query_only = " + (readOnly ? 1 : 0));
                    }
                });
            }

            public void giveBack() {
                readOnly = false;
            }
        });
    }

    @Test
    void a_data_folder_that_is_read_only_at_start_is_refused_in_one_sentence() throws Exception {
        try (SmallDisk disk = SmallDisk.tryMount(dir.resolve("disk"), 8)) {
            Path data = disk == null ? dir.resolve("data") : disk.path().resolve("data");
            Spindle.start(ConfigParser.parse(new String[] {"--data", data.toString(), "--port", "0"}, k -> null)).close();
            if (disk != null) {
                disk.readOnly();
            } else {
                org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                        "root writes anywhere: a read-only folder needs a read-only mount here");
                Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
            }
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            java.io.PrintStream saved = System.err;
            int exit;
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> app.spindle.MainAccess.run("--data", data.toString(), "--port", "0"));
            } finally {
                System.setErr(saved);
            }
            String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(2, exit, said);
            assertTrue(said.contains("is not writable"), said);
            PageSafety.assertNoStackTrace("start on a read-only folder", said);
            if (disk == null) {
                Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private void runWithoutRoom(Path data, String how, java.util.function.Function<Spindle, NoRoom> noRoomFor) throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(30).wantlistSize(5).folders(2)
                .rateLimit(100_000, Duration.ofSeconds(60)).start();
             Spindle spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", data.toString(), "--port", "0",
                     "--token", fake.token(), "--api-url", fake.baseUrl(), "--sync-interval", "0"}, k -> null))) {
            TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
            JsonNode first = awaitRun(spindle, browser, null);
            assertEquals("idle", first.get("state").asText(), first.toString());
            TreeMap<String, List<String>> before = MirrorDump.content(spindle.database().jdbi(), data);
            growTheAccount(fake, 300);

            NoRoom noRoom = noRoomFor.apply(spindle);
            noRoom.take();
            JsonNode failed = syncNow(spindle, browser);
            assertEquals("failed", failed.get("state").asText(), how + ": " + failed);
            String error = failed.get("lastError").asText();
            assertTrue(error.toLowerCase(java.util.Locale.ROOT).matches(".*(full|read-only|readonly|cannot write|no space).*"),
                    how + ": the error says why: " + error);
            PageSafety.assertNoStackTrace(how + " status", error);
            for (String page : List.of("/collection", "/settings", "/releases/249504", "/api/status", "/healthz")) {
                HttpResponse<String> r = browser.get(page);
                assertTrue(r.statusCode() == 200 || page.startsWith("/releases") && r.statusCode() == 404,
                        how + ": " + page + " answered " + r.statusCode());
                PageSafety.assertNoStackTrace(page, r.body());
            }
            assertTrue(browser.get("/settings").body().contains(PageSafety.escapedText(error)),
                    how + ": the settings page shows the error");

            noRoom.giveBack();
            assertEquals("ok", HardeningReport.integrity(spindle.database().jdbi()), how);
            TreeMap<String, List<String>> after = MirrorDump.content(spindle.database().jdbi(), data);
            long lost = HardeningReport.missingRows(without(before, "collection_folders"), after);
            assertEquals(0, lost, how + ": rows mirrored before were lost: " + MirrorDump.difference(before, after));
            JsonNode recovered = syncNow(spindle, browser);
            assertEquals("idle", recovered.get("state").asText(), how + ": the next sync completes: " + recovered);
            assertEquals(fake.account().instanceCount(), spindle.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM collection_items").mapTo(Integer.class).one()).intValue());
            HardeningReport.print("storage failure survived", how + ": \"" + error + "\"");
        }
    }

    /** Folder counts are rewritten by every probe, so they may legitimately differ after the account grew. */
    private static TreeMap<String, List<String>> without(TreeMap<String, List<String>> dump, String table) {
        TreeMap<String, List<String>> copy = new TreeMap<>(dump);
        copy.remove(table);
        return copy;
    }

    private static void growTheAccount(FakeDiscogs fake, int releases) {
        Set<Long> owned = new HashSet<>(fake.account().collectionReleaseIds());
        fake.releaseIds().stream().filter(id -> !owned.contains(id)).limit(releases)
                .forEach(id -> fake.account().addToCollection(id, 1));
    }

    private static JsonNode syncNow(Spindle spindle, TestBrowserlessSession browser) throws Exception {
        String before = spindle.sync().status().startedAt();
        HttpResponse<String> r = browser.postForm("/settings/sync", Map.of(), true);
        assertTrue(r.statusCode() == 302 || r.statusCode() == 200, "sync now: " + r.statusCode() + " " + r.body());
        return awaitRun(spindle, browser, before);
    }

    /** Waits for a run that started after {@code previousStart} to end; returns /api/status's sync part. */
    private static JsonNode awaitRun(Spindle spindle, TestBrowserlessSession browser, String previousStart) throws Exception {
        Eventually.until(() -> {
            SyncStatus s = spindle.sync().status();
            return !s.running() && s.startedAt() != null && !s.startedAt().equals(previousStart);
        }, Duration.ofSeconds(60), () -> "no sync run started and ended; the status still says " + spindle.sync().status());
        return JSON.readTree(browser.get("/api/status").body()).get("sync");
    }
}
