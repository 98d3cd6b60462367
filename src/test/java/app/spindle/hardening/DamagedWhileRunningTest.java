package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.mirror.Database;
import app.spindle.testing.Eventually;
import app.spindle.testing.TestBrowserlessSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file is damaged under a running Spindle (a failing disk, a careless copy): every page says
 * so in one sentence with a 503 and what to do, {@code /api/status} says so, and the log says it once
 * rather than a stack trace per request.
 */
class DamagedWhileRunningTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void pages_answer_503_with_what_to_do_and_the_log_says_it_once() throws Exception {
        Path data = dir.resolve("data");
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(5).collectionSize(40).wantlistSize(5)
                .rateLimit(100_000, Duration.ofSeconds(60)).start();
             Spindle spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", data.toString(), "--port", "0",
                     "--token", fake.token(), "--api-url", fake.baseUrl(), "--sync-interval", "0"}, k -> null))) {
            TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
            Eventually.waitFor(() -> spindle.sync().status(), s -> !s.running() && s.lastSuccessAt() != null,
                    Duration.ofSeconds(60));
            long releaseId = spindle.database().jdbi().withHandle(h ->
                    h.createQuery("SELECT release_id FROM collection_items LIMIT 1").mapTo(Long.class).one());
            assertEquals(200, browser.get("/collection").statusCode());

            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream savedErr = System.err;
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                damageEveryPageButTheFirst(spindle);
                // the background workers meet the damage too, and must not fill the log either
                spindle.matching().worker().wake();
                spindle.prices().nudge();
                for (int round = 0; round < 3; round++) {
                    for (String page : List.of("/collection", "/wantlist", "/tracks", "/stats", "/settings",
                            "/releases/" + releaseId, "/match", "/actions")) {
                        HttpResponse<String> r = browser.get(page);
                        assertEquals(503, r.statusCode(), page + ": " + r.body());
                        assertTrue(r.body().contains("database file is damaged"), page + ": " + r.body());
                        assertTrue(r.body().contains("backups") && r.body().contains("salvage"), page + " says what to do");
                        PageSafety.assertNoStackTrace(page, r.body());
                    }
                    HttpResponse<String> htmx = browser.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + spindle.port() + "/collection?page=2"))
                            .header("HX-Request", "true").GET().build());
                    assertEquals(503, htmx.statusCode());
                    assertTrue(htmx.body().startsWith("<div class=\"flash flash-error\" role=\"alert\""), htmx.body());
                }
                HttpResponse<String> status = browser.get("/api/status");
                assertEquals(200, status.statusCode(), status.body());
                JsonNode database = JSON.readTree(status.body()).get("database");
                assertEquals("damaged", database.get("state").asText(), status.body());
                assertTrue(database.get("problem").asText().contains("salvage"), status.body());
                assertEquals(200, browser.get("/healthz").statusCode());
            } finally {
                System.setErr(savedErr);
            }
            String said = log.toString(StandardCharsets.UTF_8);
            PageSafety.assertNoStackTrace("the log", said);
            assertEquals(1, said.lines().filter(l -> l.contains("damaged")).count(), said);
        }
    }

    /** Page 1 (the schema) stays readable, so SQLite opens the file and finds every table's pages garbage. */
    private static void damageEveryPageButTheFirst(Spindle spindle) throws Exception {
        spindle.database().jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        Path file = spindle.database().file();
        long size = Files.size(file);
        byte[] garbage = new byte[(int) size - 4096];
        new Random(11).nextBytes(garbage);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096);
            raf.write(garbage);
        }
        assertTrue(file.getFileName().toString().equals(Database.FILE_NAME));
    }
}
