package app.spindle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import app.spindle.testing.TestBrowserlessSession;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the login sends the browser afterwards. A browser parses the Location by the WHATWG URL
 * standard: it strips tab, CR and LF anywhere, strips leading control characters and spaces, treats
 * {@code \} like {@code /} and resolves {@code .}, {@code ..} and their escapes {@code %2e}. Each value
 * here would, by those rules, leave this origin or the base path, and must send the browser to the
 * collection instead.
 */
class LoginRedirectTest {
    @TempDir
    static Path dir;
    private static Spindle spindle;

    @BeforeAll
    static void start() {
        spindle = Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--password", "secret", "--base-path", "/spindle"}, k -> null));
    }

    @AfterAll
    static void stop() {
        spindle.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/spindle/\t/evil.example/x", "/\t/evil.example", "/spindle\t/", "/\n/evil.example", "/\r/evil.example",
            "\t//evil.example", "\u0000//evil.example", " //evil.example", "/ /evil.example", "/spindle/ x",
            "/\\evil.example", "\\\\evil.example", "/spindle/\\/evil.example", "//evil.example", "https://evil.example/",
            "javascript:alert(1)", "/spindle/../evil", "/spindle/%2e%2e/evil", "/spindle/.%2E/evil", "/spindle/%2E./x",
            "/spindlex/collection", "/collection", "spindle/collection", "", "/spindle/\u000b/x", "/spindle/\u2028/x",
            "/spindle/\u00a0/x", "/spindle/\u0085/x", "/spindle/x\u007f"})
    void a_next_that_a_browser_would_resolve_elsewhere_sends_to_the_collection(String next) {
        assertEquals("/spindle/collection", locationAfterLogin(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/spindle/wantlist?sort=artist", "/spindle/releases/12", "/spindle/tracks?q=a%2Fb#top",
            "/spindle/search?q=%2F%2Fevil.example"})
    void a_next_on_this_origin_under_the_base_path_is_kept(String next) {
        assertEquals(next, locationAfterLogin(next));
    }

    private String locationAfterLogin(String next) {
        TestBrowserlessSession browser = new TestBrowserlessSession(spindle.port());
        browser.get("/spindle/healthz");
        HttpResponse<String> r = browser.postForm("/spindle/login", Map.of("password", "secret", "next", next), true);
        assertEquals(302, r.statusCode());
        return r.headers().firstValue("Location").orElseThrow();
    }
}
