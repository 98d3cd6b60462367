package app.spindle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.Config;
import app.spindle.config.ConfigException;
import app.spindle.config.ConfigParser;
import app.spindle.testing.TestBrowserlessSession;
import app.spindle.web.Layout;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTest {
    @TempDir
    Path dir;

    private Spindle start(String... flags) {
        String[] args = new String[flags.length + 4];
        args[0] = "--data";
        args[1] = dir.toString();
        args[2] = "--port";
        args[3] = "0";
        System.arraycopy(flags, 0, args, 4, flags.length);
        return Spindle.start(ConfigParser.parse(args, k -> null));
    }

    @Test
    void every_page_carries_the_security_headers() {
        try (Spindle s = start()) {
            HttpResponse<String> r = new TestBrowserlessSession(s.port()).get("/collection");
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElseThrow());
            assertFalse(r.body().contains("<script>"), "no inline script");
        }
    }

    @Test
    void a_state_changing_request_without_the_csrf_token_is_refused() {
        try (Spindle s = start()) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            HttpResponse<String> refused = browser.postForm("/logout", Map.of(), false);
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("Reload the page"), refused.body());
            assertEquals(302, browser.postForm("/logout", Map.of(), true).statusCode());
        }
    }

    @Test
    void a_request_from_another_site_is_refused_even_with_a_token() {
        try (Spindle s = start()) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            browser.get("/collection");
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/logout"))
                    .header("Origin", "https://evil.example")
                    .header(CsrfGuard.HEADER, browser.cookie(CsrfGuard.COOKIE))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(403, r.statusCode());
        }
    }

    @Test
    void listening_beyond_loopback_without_a_password_is_refused() {
        ConfigException e = assertThrows(ConfigException.class, () -> start("--host", "0.0.0.0"));
        assertTrue(e.getMessage().contains("SPINDLE_PASSWORD"), e.getMessage());
    }

    @Test
    void with_a_password_every_page_but_healthz_needs_a_login() {
        try (Spindle s = start("--password", "correct horse")) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            assertEquals("ok", browser.get("/healthz").body());
            HttpResponse<String> page = browser.get("/wantlist?sort=artist");
            assertEquals(302, page.statusCode());
            assertEquals("/login?next=%2Fwantlist%3Fsort%3Dartist", page.headers().firstValue("Location").orElseThrow());
            assertEquals(401, browser.get("/api/status").statusCode());
            HttpResponse<String> login = browser.get("/login");
            assertEquals(200, login.statusCode());
            assertFalse(login.body().contains("sync-indicator"),
                    "the login page has no sync indicator: it would poll (and reload the page) every 30 s and tell about the account");
            assertEquals(200, browser.get("/static/app.css").statusCode());

            HttpResponse<String> wrong = browser.postForm("/login", Map.of("password", "wrong"), true);
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.body().contains("That password is not right."));

            HttpResponse<String> ok = browser.postForm("/login", Map.of("password", "correct horse", "next", "/wantlist?sort=artist"), true);
            assertEquals(302, ok.statusCode());
            assertEquals("/wantlist?sort=artist", ok.headers().firstValue("Location").orElseThrow());
            String setCookie = ok.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(Access.SESSION_COOKIE)).findFirst().orElseThrow();
            assertTrue(setCookie.contains("HttpOnly"), setCookie);
            assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
            assertFalse(setCookie.contains("Secure"), "plain HTTP on loopback: " + setCookie);
            assertEquals(200, browser.get("/wantlist").statusCode());
            assertEquals(200, browser.get("/api/status").statusCode());

            assertEquals(302, browser.postForm("/logout", Map.of(), true).statusCode());
            assertEquals(302, browser.get("/wantlist").statusCode());
        }
    }

    @Test
    void failed_logins_are_throttled_per_address() {
        try (Spindle s = start("--password", "secret")) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertEquals(401, browser.postForm("/login", Map.of("password", "guess" + i), true).statusCode());
            }
            HttpResponse<String> blocked = browser.postForm("/login", Map.of("password", "secret"), true);
            assertEquals(429, blocked.statusCode());
            assertTrue(blocked.body().contains("Too many failed attempts"));
        }
    }

    @Test
    void the_login_never_redirects_to_another_site() {
        try (Spindle s = start("--password", "secret")) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            HttpResponse<String> ok = browser.postForm("/login", Map.of("password", "secret", "next", "//evil.example/x"), true);
            assertEquals("/collection", ok.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void behind_https_the_session_cookie_is_secure() {
        try (Spindle s = start("--password", "secret")) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            browser.get("/login");
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString("password=secret&_csrf=" + browser.cookie(CsrfGuard.COOKIE)))
                    .build());
            String setCookie = r.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(Access.SESSION_COOKIE)).findFirst().orElseThrow();
            assertTrue(setCookie.contains("Secure"), setCookie);
        }
    }

    @Test
    void a_base_path_prefixes_every_route_and_link() {
        try (Spindle s = start("--base-path", "/spindle")) {
            TestBrowserlessSession browser = new TestBrowserlessSession(s.port());
            HttpResponse<String> page = browser.get("/spindle/collection");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("href=\"/spindle/static/app.css\""));
            assertEquals(200, browser.get("/spindle/static/app.css").statusCode());
            assertEquals(200, browser.get("/spindle" + Layout.HTMX_SRC).statusCode());
            assertTrue(page.body().contains("href=\"/spindle/wantlist\""));
            assertEquals("ok", browser.get("/spindle/healthz").body());
            assertNotNull(browser.cookie(CsrfGuard.COOKIE));
        }
    }
}
