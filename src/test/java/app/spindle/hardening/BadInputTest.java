package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.hardening.RouteTable.Route;
import app.spindle.testing.Eventually;
import app.spindle.testing.TestBrowserlessSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large table of bad input sent to every route: odd ids, odd query parameters, search syntax,
 * missing CSRF tokens, wrong methods, wrong content types, oversized bodies. Never a 5xx, never a
 * stack trace, a 4xx with a message where the input is refused — and the mirror, the account and
 * the Discogs account are exactly as they were.
 */
class BadInputTest {
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999999999999", "1e9", "1.5", "0x10",
            "+1", "%2B1", "..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%00", "%2e%2e", "%ZZ", "1%20OR%201=1",
            "'%20OR%20'1'='1", "%3Cscript%3E", "%E2%80%AE", "9223372036854775808", "%F0%9F%8E%B5", ";", "1;x=y",
            "x".repeat(10_000));

    private static final List<String[]> BAD_PARAMETERS = List.of(
            p("page", "-1"), p("page", "0"), p("page", "abc"), p("page", "99999999999999999999"), p("page", "1e9"),
            p("page", ""), p("per_page", "-1"), p("per_page", "1000000"), p("sort", "unknown"),
            p("sort", "title;DROP TABLE releases"), p("order", "sideways"), p("sort_order", "sideways"),
            p("q", "\" OR 1=1 --"), p("q", "NEAR("), p("q", "*"), p("q", "\"unbalanced"), p("q", "title:"), p("q", "AND"),
            p("q", "- ^ {a b} :"), p("q", "x".repeat(10_000)), p("q", "\u0000"), p("q", "\u202E"), p("q", "' OR '1'='1"),
            p("year", "abc"), p("year", "-1"), p("year", "99999"), p("year", "1e9"), p("folder", "abc"), p("folder", "-1"),
            p("folder", "99999999999999999999"), p("format", "x".repeat(10_000)), p("type", "<script>"),
            p("decade", "abc"), p("genre", "\"unbalanced"), p("style", "NEAR("), p("label", "*"), p("country", "%"),
            p("view", "unknown"), p("next", "//evil.example"), p("next", "javascript:alert(1)"), p("oauth_token", "x"),
            p("oauth_verifier", "y"), p("denied", "1"), p("artist", "\"unbalanced"), p("title", "NEAR("), p("album", "*"),
            p("catno", "%"), p("done", "<script>"), p("condition", "' OR 1=1"), p("size", "12\""), p("limit", "-5"),
            p("missing", "2"), p("more", "yes"), p("all", "maybe"));

    private static final List<String> RAW_QUERIES = List.of("page=%ZZ", "q=%", "q=%00", "page=1&page=abc",
            IntStream.range(0, 1000).mapToObj(i -> "p" + i + "=" + i).collect(Collectors.joining("&")));

    /** Query parameters a route validates: a bad value there is refused with a 400, not ignored. */
    private static final Set<String> SHELF_VALIDATED = Set.of("page=-1", "page=0", "page=abc", "page=99999999999999999999",
            "page=1e9", "sort=unknown", "sort=title;DROP TABLE releases", "view=unknown");

    private static final Set<String> BROWSING = Set.of("masters", "artists", "labels", "entity_list_pages",
            "entity_list_entries", "browsed_releases");

    private static final Map<String, Set<String>> VALIDATED = Map.of(
            "COLLECTION", SHELF_VALIDATED,
            "WANTLIST", SHELF_VALIDATED,
            "TRACKS", Set.of("page=-1", "page=0", "page=abc", "page=99999999999999999999", "page=1e9"),
            "SEARCH", Set.of("page=-1", "page=0", "page=abc", "page=99999999999999999999", "page=1e9", "year=abc",
                    "year=-1", "year=99999", "year=1e9", "type=<script>", "format=" + "x".repeat(10_000), "q=" + "x".repeat(10_000)),
            "MASTER", Set.of("sort=unknown", "sort=title;DROP TABLE releases", "format=" + "x".repeat(10_000)),
            "MASTER_VERSIONS", Set.of("sort=unknown", "sort=title;DROP TABLE releases", "format=" + "x".repeat(10_000),
                    "more=yes"),
            "ARTIST", Set.of("sort=unknown", "sort=title;DROP TABLE releases", "order=sideways"),
            "ARTIST_DISCOGRAPHY", Set.of("sort=unknown", "sort=title;DROP TABLE releases", "order=sideways", "more=yes"),
            "LABEL", Set.of("missing=2"),
            "LABEL_CATALOGUE", Set.of("missing=2", "more=yes", "all=maybe"));

    private static final List<String> BAD_FIELD_VALUES = List.of("", "x".repeat(10_000), "\u0000", "<script>", "%", "-1",
            "abc", "99999999999999999999", "a b", "\r\nX-Injected: 1");
    private static final int OVERSIZED = 3 * 1024 * 1024;

    @TempDir
    static Path dir;
    static FakeDiscogs fake;
    static Spindle spindle;
    static RawHttp raw;
    static String csrf;
    static long releaseId;
    static long masterId;

    private final List<String> failures = new ArrayList<>();
    private int tried;

    @BeforeAll
    static void connectAndSync() throws Exception {
        fake = FakeDiscogs.builder().seed(3).collectionSize(20).wantlistSize(5).folders(2)
                .rateLimit(100_000, Duration.ofSeconds(60)).start();
        spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--api-url", fake.baseUrl(), "--sync-interval", "0"}, k -> null));
        TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
        assertEquals(302, browser.postForm("/settings/token", Map.of("token", fake.token()), true).statusCode());
        Eventually.until(() -> spindle.sync().status().lastSuccessAt() != null && !spindle.sync().status().running(),
                Duration.ofSeconds(60), () -> "the first sync did not finish: " + spindle.sync().status());
        csrf = browser.cookie("spindle_csrf");
        raw = new RawHttp(spindle.port());
        releaseId = one("SELECT min(release_id) FROM collection_items");
        masterId = one("SELECT min(master_id) FROM releases WHERE master_id IS NOT NULL");
    }

    @AfterAll
    static void stop() {
        spindle.close();
        fake.close();
    }

    @Test
    void every_path_of_the_app_is_in_the_route_table() throws Exception {
        assertEquals(Set.of(), RouteTable.uncoveredPathConstants(),
                "add these routes to RouteTable so BadInputTest attacks them");
    }

    @Test
    void bad_input_to_every_route_is_a_clear_4xx_and_changes_nothing() throws Exception {
        TreeMap<String, List<String>> mirrorBefore = withoutCaches(MirrorDump.exact(spindle.database().jdbi(), dir));
        String accountBefore = accountState();
        Set<Long> collectionBefore = Set.copyOf(fake.account().collectionReleaseIds());
        Set<Long> wantsBefore = Set.copyOf(fake.account().wantReleaseIds());

        for (Route route : RouteTable.ALL) {
            badPathParameters(route);
            if (route.isPost()) {
                badCsrf(route);
                badFields(route);
                badContentTypes(route);
            } else {
                badQueries(route);
            }
            wrongMethods(route);
        }

        assertEquals(List.of(), failures, failures.size() + " of " + tried + " bad requests were mishandled");
        TreeMap<String, List<String>> mirrorAfter = withoutCaches(MirrorDump.exact(spindle.database().jdbi(), dir));
        assertTrue(mirrorBefore.equals(mirrorAfter), "the mirror changed: " + MirrorDump.difference(mirrorBefore, mirrorAfter));
        assertEquals(accountBefore, accountState(), "the account connection changed");
        assertEquals(collectionBefore, Set.copyOf(fake.account().collectionReleaseIds()), "the Discogs collection changed");
        assertEquals(wantsBefore, Set.copyOf(fake.account().wantReleaseIds()), "the Discogs wantlist changed");
        HardeningReport.print("bad inputs tried", tried + " requests against " + RouteTable.ALL.size() + " routes");
    }

    @Test
    void a_mistyped_token_leaves_the_connected_account_working() throws Exception {
        TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
        assertEquals(400, browser.postForm("/settings/token", Map.of("token", "mistyped0123456789"), true).statusCode());
        assertTrue(browser.get("/api/status").body().contains("\"connected\":true"), "still connected");
        assertEquals(Boolean.TRUE, spindle.auth().state().valid());
        assertTrue(spindle.auth().isAuthenticated(), "the next sync still runs");
    }

    /** A look-up may remember what Discogs answered (e.g. the matcher's search cache): that is not the mirror. */
    /** Caches, and what browsing keeps of Discogs (a master page stores the master it showed), may change. */
    private static TreeMap<String, List<String>> withoutCaches(TreeMap<String, List<String>> dump) {
        dump.keySet().removeIf(table -> table.endsWith("_cache") || BROWSING.contains(table));
        return dump;
    }

    private void badPathParameters(Route route) throws IOException {
        if (!route.hasPathParameter()) {
            return;
        }
        for (String id : BAD_IDS) {
            Map<String, String> headers = route.isPost() ? csrfHeaders() : Map.of();
            expectRefused(route + " id " + abbreviate(id), route.method(), route.with(id), headers, route.isPost() ? new byte[0] : null);
            if (!route.isPost()) {
                expectRefused(route + " id " + abbreviate(id) + " (htmx)", "GET", route.with(id), Map.of("HX-Request", "true"), null);
            }
        }
    }

    private void badQueries(Route route) throws IOException {
        String path = sample(route);
        Set<String> validated = VALIDATED.getOrDefault(route.constant(), Set.of());
        for (String[] parameter : BAD_PARAMETERS) {
            String target = path + "?" + enc(parameter[0]) + "=" + enc(parameter[1]);
            String what = route + " ?" + parameter[0] + "=" + abbreviate(parameter[1]);
            if (validated.contains(parameter[0] + "=" + parameter[1])) {
                expectRefused(what, "GET", target, Map.of(), null);
            } else {
                expectSafe(what, "GET", target, Map.of(), null);
            }
        }
        for (String query : RAW_QUERIES) {
            expectSafe(route + " ?" + abbreviate(query), "GET", path + "?" + query, Map.of(), null);
        }
    }

    private void badCsrf(Route route) throws IOException {
        String path = sample(route);
        byte[] form = "x=1".getBytes(StandardCharsets.UTF_8);
        Map<String, String> formType = Map.of("Content-Type", "application/x-www-form-urlencoded");
        expectRefused(route + " without any CSRF token", "POST", path, formType, form);
        expectRefused(route + " with the cookie but no token", "POST", path,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", "spindle_csrf=" + csrf), form);
        expectRefused(route + " with a wrong token", "POST", path, Map.of("Cookie", "spindle_csrf=" + csrf,
                "X-CSRF-Token", csrf.substring(1) + "A"), new byte[0]);
        expectRefused(route + " with the token in the query", "POST", path + "?_csrf=" + csrf,
                Map.of("Cookie", "spindle_csrf=" + csrf), new byte[0]);
        expectRefused(route + " from another site", "POST", path, Map.of("Cookie", "spindle_csrf=" + csrf,
                "X-CSRF-Token", csrf, "Origin", "https://evil.example"), new byte[0]);
        expectRefused(route + " oversized, without a token", "POST", path, formType,
                ("x=" + "a".repeat(OVERSIZED)).getBytes(StandardCharsets.UTF_8));
    }

    /** Only fields whose every bad value is refused before anything happens (no valid action is ever sent). */
    private void badFields(Route route) throws IOException {
        List<String> fields = switch (route.constant()) {
            case "SETTINGS_TOKEN", "SETTINGS_CONSUMER", "LOGIN" -> route.fields();
            case "ACTION_COLLECT" -> List.of("folder");
            case "WANTLIST_RESTORE" -> List.of("rating");
            default -> List.of();
        };
        for (String field : fields) {
            for (String value : BAD_FIELD_VALUES) {
                if ((field.equals("folder") || field.equals("rating")) && value.isEmpty()) {
                    continue; // no folder means Uncategorized, no rating means unrated: valid requests
                }
                byte[] body = (enc(field) + "=" + enc(value)).getBytes(StandardCharsets.UTF_8);
                String what = route + " " + field + "=" + abbreviate(value);
                if (route.constant().equals("LOGIN")) {
                    expectSafe(what, "POST", sample(route), formWithCsrf(), body);
                } else {
                    expectRefused(what, "POST", sample(route), formWithCsrf(), body);
                }
            }
        }
    }

    private void badContentTypes(Route route) throws IOException {
        if (!List.of("SETTINGS_TOKEN", "SETTINGS_CONSUMER", "LOGIN").contains(route.constant())) {
            return;
        }
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("application/json", "{\"token\": \"abc\", \"consumer_key\": 1}".getBytes(StandardCharsets.UTF_8));
        bodies.put("text/plain", "token=abc".getBytes(StandardCharsets.UTF_8));
        bodies.put("multipart/form-data; boundary=xyz", "--xyz\r\ngarbage".getBytes(StandardCharsets.UTF_8));
        bodies.put("multipart/form-data", "garbage".getBytes(StandardCharsets.UTF_8));
        bodies.put("application/x-www-form-urlencoded", "%ZZ=%ZZ&token=%&consumer_key=%G1".getBytes(StandardCharsets.UTF_8));
        bodies.put("application/x-www-form-urlencoded; charset=nonsense", "token=%FF%FE".getBytes(StandardCharsets.UTF_8));
        bodies.put("application/x-www-form-urlencoded ", ("token=" + "a".repeat(OVERSIZED)).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            Map<String, String> headers = new LinkedHashMap<>(csrfHeaders());
            headers.put("Content-Type", body.getKey().trim());
            String what = route + " as " + body.getKey() + (body.getValue().length > 1000 ? " (oversized)" : "");
            if (route.constant().equals("LOGIN")) {
                expectSafe(what, "POST", sample(route), headers, body.getValue());
            } else {
                expectRefused(what, "POST", sample(route), headers, body.getValue());
            }
        }
        Map<String, String> noType = csrfHeaders();
        expectSafe(route + " with no content type", "POST", sample(route), noType, "token=abc".getBytes(StandardCharsets.UTF_8));
    }

    private void wrongMethods(Route route) throws IOException {
        String path = sample(route);
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE")) {
            boolean registered = RouteTable.ALL.stream().anyMatch(r -> r.template().equals(route.template())
                    && r.method().equals(method));
            if (registered || method.equals("GET") && route.isPost() && path.equals(Paths_LOGIN)) {
                continue;
            }
            // a valid token, so that the method itself is what gets refused
            expectRefused(route + " by " + method, method, path, csrfHeaders(), method.equals("GET") ? null : new byte[0]);
        }
    }

    private static final String Paths_LOGIN = app.spindle.web.Paths.LOGIN;

    private RawHttp.Response expectSafe(String what, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        tried++;
        RawHttp.Response r;
        try {
            r = raw.send(method, target, headers, body);
        } catch (IOException e) {
            failures.add(what + ": no answer (" + e.getMessage() + ")");
            return null;
        }
        if (r.status() >= 500) {
            failures.add(what + ": " + r.status() + " " + PageSafety.excerpt(r.body()).replaceAll("\\s+", " "));
        }
        try {
            PageSafety.assertNoStackTrace(what, r.body());
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
        if (r.status() >= 400 && r.status() < 500 && !method.equals("HEAD") && r.body().isBlank()) {
            failures.add(what + ": " + r.status() + " without a message");
        }
        return r;
    }

    private void expectRefused(String what, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        RawHttp.Response r = expectSafe(what, method, target, headers, body);
        if (r != null && (r.status() < 400 || r.status() >= 500)) {
            failures.add(what + ": expected a 4xx, got " + r.status() + " " + PageSafety.excerpt(r.body()).replaceAll("\\s+", " "));
        }
    }

    private String sample(Route route) {
        return switch (route.constant()) {
            case "MASTER", "MASTER_VERSIONS", "MASTER_REFRESH" -> route.with(String.valueOf(masterId));
            case "IMAGE" -> route.with(releaseId + ".jpg");
            default -> route.with(String.valueOf(releaseId));
        };
    }

    private static Map<String, String> csrfHeaders() {
        return Map.of("Cookie", "spindle_csrf=" + csrf, "X-CSRF-Token", csrf);
    }

    private static Map<String, String> formWithCsrf() {
        return Map.of("Cookie", "spindle_csrf=" + csrf, "X-CSRF-Token", csrf,
                "Content-Type", "application/x-www-form-urlencoded");
    }

    private static String accountState() {
        var status = spindle.sync().status();
        var auth = spindle.auth().state();
        return "credentials=" + auth.hasCredentials() + " valid=" + auth.valid() + " user=" + auth.username()
                + " sync=" + status.state();
    }

    private static long one(String sql) {
        return spindle.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String[] p(String name, String value) {
        return new String[] {name, value};
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
    }
}
