package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a password Spindle trusts whoever can reach it, which on loopback means this machine. A web
 * page elsewhere can still reach it by DNS rebinding — its own name made to point at 127.0.0.1 — and
 * would then be same-origin with Spindle, CSRF token and all. The Host header gives it away.
 */
class DnsRebindingTest {
    @TempDir
    Path dir;

    @Test
    void without_a_password_spindle_answers_only_to_this_machines_names() throws Exception {
        try (Spindle spindle = start()) {
            RawHttp http = new RawHttp(spindle.port());
            for (String host : List.of("127.0.0.1", "localhost", "[::1]", "127.0.0.2")) {
                RawHttp.Response r = http.send("GET", "/collection", Map.of("Host", host + ":" + spindle.port()), null);
                assertEquals(200, r.status(), host);
            }
            RawHttp.Response rebound = http.send("GET", "/settings", Map.of("Host", "evil.example:" + spindle.port()), null);
            assertEquals(403, rebound.status(), "a page under a foreign name");
            assertTrue(rebound.body().contains("SPINDLE_PASSWORD"), "says how to serve it under another name: " + rebound.body());
            String csrf = http.send("GET", "/healthz", Map.of(), null).header("set-cookie").replaceAll(".*spindle_csrf=([^;]+).*", "$1");
            RawHttp.Response action = http.send("POST", "/settings/disconnect", Map.of("Host", "evil.example:" + spindle.port(),
                    "Origin", "http://evil.example:" + spindle.port(), "Cookie", "spindle_csrf=" + csrf, "X-CSRF-Token", csrf), new byte[0]);
            assertEquals(403, action.status(), "an action from the rebound page");
            assertEquals(200, http.send("GET", "/healthz", Map.of("Host", "evil.example"), null).status(),
                    "the health check says nothing and stays open to probes");
        }
    }

    @Test
    void with_a_password_any_name_reaches_the_login() throws Exception {
        try (Spindle spindle = start("--password", "secret")) {
            RawHttp.Response r = new RawHttp(spindle.port()).send("GET", "/login", Map.of("Host", "records.example.org"), null);
            assertEquals(200, r.status(), "behind a reverse proxy, under its public name");
        }
    }

    private Spindle start(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--data", dir.toString(), "--port", "0"));
        args.addAll(List.of(more));
        return Spindle.start(ConfigParser.parse(args.toArray(String[]::new), k -> null));
    }
}
