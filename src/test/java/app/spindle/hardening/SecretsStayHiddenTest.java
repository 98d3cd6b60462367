package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.Fault;
import app.spindle.hardening.RouteTable.Route;
import app.spindle.testing.ChildJvm;
import app.spindle.testing.Eventually;
import app.spindle.testing.TestBrowserlessSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens and secrets never leave where they are kept: not in a page, a header, an export, an error,
 * /api/status or a log line — through a sync, a refused token, an OAuth connect and a disconnect —
 * and the files that hold them are the owner's alone.
 */
class SecretsStayHiddenTest {
    @TempDir
    Path dir;

    @Test
    void no_page_header_export_error_or_log_line_ever_shows_a_token_or_secret() throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(9).collectionSize(15).wantlistSize(3).folders(2)
                .rateLimit(100_000, Duration.ofSeconds(60)).start()) {
            Set<String> secrets = new LinkedHashSet<>(List.of(fake.token(), fake.consumerSecret()));
            StringBuilder seen = new StringBuilder();
            ByteArrayOutputStream logs = new ByteArrayOutputStream();
            PrintStream savedErr = System.err;
            PrintStream savedOut = System.out;
            PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8);
            System.setErr(capture);
            System.setOut(capture);
            try (Spindle spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                    "--api-url", fake.baseUrl(), "--sync-interval", "0"}, k -> null))) {
                TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
                seen.append(browser.postForm("/settings/token", Map.of("token", fake.token()), true).headers());
                awaitSync(spindle);
                visitEveryPage(spindle, browser, seen);

                // failed requests get logged and explained: with the request's path, never its credentials
                fake.faults().script(Fault.HTML_CHALLENGE_403);
                seen.append(browser.get("/search?q=never").body());
                fake.faults().script(Fault.TRUNCATED_JSON);
                seen.append(browser.get("/releases/" + anyRelease(spindle) + "/marketplace").body());
                HttpResponse<String> refused = browser.postForm("/settings/token", Map.of("token", "refused0" + fake.token()), true);
                seen.append(refused.body()).append(refused.headers());

                seen.append(browser.postForm("/settings/consumer", Map.of("consumer_key", fake.consumerKey(),
                        "consumer_secret", fake.consumerSecret()), true).headers());
                connectWithOAuth(browser, spindle, seen);
                secrets.addAll(storedSecrets(spindle));
                assertTrue(secrets.size() >= 4, "the OAuth token and its secret are known: " + secrets.size());
                awaitSync(spindle);
                visitEveryPage(spindle, browser, seen);

                seen.append(browser.postForm("/settings/disconnect", Map.of(), true).headers());
                visitEveryPage(spindle, browser, seen);
                for (String file : List.of("spindle.db", "spindle.db-wal")) {
                    Path path = dir.resolve(file);
                    if (Files.exists(path)) {
                        seen.append(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)
                                .replace(fake.consumerSecret(), "")); // the consumer stays, by design
                    }
                }
            } finally {
                System.setErr(savedErr);
                System.setOut(savedOut);
            }
            String logText = logs.toString(StandardCharsets.UTF_8);
            assertTrue(logText.contains("Sync"), "the log was captured");
            for (String secret : secrets) {
                assertFalse(logText.contains(secret), "a secret in the log: …" + around(logText, secret));
                assertFalse(seen.toString().contains(secret), "a secret in a page, header or file: …" + around(seen.toString(), secret));
            }
            HardeningReport.print("secrets checked", secrets.size() + " values against " + seen.length() / 1024
                    + " KB of pages, headers and files and " + logText.lines().count() + " log lines");
        }
    }

    @Test
    void the_foreground_sync_logs_at_debug_level_without_the_token() throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(10).collectionSize(5).wantlistSize(1).includeRealReleases(false)
                .rateLimit(100_000, Duration.ofSeconds(60)).start()) {
            // failures make the client log what it asked for: the paths must come without the token
            fake.faults().script(Fault.SERVER_ERROR, Fault.TRUNCATED_JSON);
            ProcessBuilder builder = ChildJvm.of(app.spindle.Main.class, "sync",
                    "--data", dir.resolve("data").toString(), "--api-url", fake.baseUrl()).redirectErrorStream(true);
            builder.command().add(1, "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug");
            builder.environment().put("DISCOGS_TOKEN", fake.token());
            Process sync = builder.start();
            byte[] output = sync.getInputStream().readAllBytes();
            assertTrue(sync.waitFor(60, TimeUnit.SECONDS));
            String log = new String(output, StandardCharsets.UTF_8);
            assertTrue(sync.exitValue() == 0 || sync.exitValue() == 1, log);
            assertTrue(log.contains("sync done") || log.contains("sync failed"), log);
            assertFalse(log.contains(fake.token()), "the token in the log: …" + around(log, fake.token()));
        }
    }

    @Test
    void the_data_folder_database_and_cached_covers_are_the_owners_alone() throws Exception {
        try (FakeDiscogs fake = FakeDiscogs.builder().seed(12).collectionSize(5).wantlistSize(1).includeRealReleases(false)
                .rateLimit(100_000, Duration.ofSeconds(60)).start()) {
            Path data = dir.resolve("fresh").resolve("data");
            SyncParts parts = SyncParts.open(data, fake.baseUrl(), fake.token());
            assertTrue(parts.runner().run("test").succeeded());
            Path backup = dir.resolve("backup.db");
            parts.database().backupTo(backup);

            assertEquals("rwx------", mode(data));
            assertEquals("rwx------", mode(data.resolve("images")), "the cover cache folder");
            List<Path> files = new ArrayList<>(List.of(backup));
            try (Stream<Path> all = Files.walk(data)) {
                all.filter(Files::isRegularFile).forEach(files::add);
            }
            assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".jpg")), "covers were cached: " + files);
            assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("-wal")), "the write-ahead log is there: " + files);
            for (Path f : files) {
                assertEquals("rw-------", mode(f), f.toString());
            }
        }
    }

    private static void visitEveryPage(Spindle spindle, TestBrowserlessSession browser, StringBuilder seen) {
        long release = anyRelease(spindle);
        for (Route route : RouteTable.ALL) {
            if (!route.method().equals("GET")) {
                continue;
            }
            String path = route.with(route.constant().equals("IMAGE") ? release + ".jpg" : String.valueOf(release));
            HttpResponse<String> r = browser.get(path);
            seen.append(path).append(' ').append(r.statusCode()).append(r.headers()).append(r.body());
        }
    }

    private static void connectWithOAuth(TestBrowserlessSession browser, Spindle spindle, StringBuilder seen) throws Exception {
        HttpResponse<String> start = browser.postForm("/auth/connect", Map.of(), true);
        seen.append(start.headers());
        String authorize = start.headers().firstValue("Location").orElseThrow(() -> new AssertionError(start.body()));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build());
        Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"").matcher(page.body());
        Matcher token = Pattern.compile("name=\"oauth_token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(action.find() && token.find(), page.body());
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(authorize).resolve(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("oauth_token=" + token.group(1) + "&decision=authorize")).build());
        String callback = back.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> done = browser.send(HttpRequest.newBuilder(URI.create(callback)).build());
        seen.append(done.headers()).append(done.body());
        assertEquals(302, done.statusCode(), done.body());
        assertTrue(spindle.auth().state().hasCredentials(), "connected with OAuth");
    }

    /** The OAuth access token and its secret as stored, so the test knows what to look for. */
    private static List<String> storedSecrets(Spindle spindle) {
        return spindle.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT value FROM settings WHERE key LIKE 'discogs.auth.%' AND (key LIKE '%token%' OR key LIKE '%secret%')")
                .mapTo(String.class).list()).stream().filter(v -> v != null && v.length() >= 8).toList();
    }

    private static long anyRelease(Spindle spindle) {
        return spindle.database().jdbi().withHandle(h -> h.createQuery("SELECT min(release_id) FROM collection_items")
                .mapTo(Long.class).one());
    }

    private static void awaitSync(Spindle spindle) throws InterruptedException {
        Eventually.until(() -> !spindle.sync().status().running() && spindle.sync().status().lastSuccessAt() != null,
                Duration.ofSeconds(60), () -> "the sync did not finish: " + spindle.sync().status());
    }

    private static String mode(Path p) throws java.io.IOException {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        return PosixFilePermissions.toString(perms);
    }

    private static String around(String text, String secret) {
        int at = text.indexOf(secret);
        return at < 0 ? "" : text.substring(Math.max(0, at - 100), Math.min(text.length(), at + 20)).replace(secret, "<SECRET>");
    }
}
