package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every rendered page must satisfy whatever data it shows. */
final class PageSafety {
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_SCRIPT = Pattern.compile(
            "<script src=\"(/[a-z]+)?/(webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js|static/app\\.js)\" defer>");
    /** A start tag with its attributes, quoted values kept whole (a quote inside a value is what escaping prevents). */
    private static final Pattern TAG = Pattern.compile(
            "<[a-zA-Z][a-zA-Z0-9-]*((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s+([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(\\bat (app\\.spindle|java\\.|io\\.javalin|org\\.(eclipse|jdbi|sqlite))[\\w.$]*\\()|Exception:|\\.java:\\d+\\)");
    /**
     * Every match of {@link #STACK_TRACE} holds one of these. Looking for them first spares most pages the regular
     * expression, which tries its three branches at every character: it was most of BadInputTest's CPU.
     */
    private static final List<String> STACK_TRACE_MARKS = List.of("Exception:", ".java:", "at app.spindle", "at java.",
            "at io.javalin", "at org.");

    private PageSafety() {
    }

    /** 200, HTML, and nothing hostile came through as markup. */
    static void assertSafePage(String what, HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), what + ": " + excerpt(r.body()));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), what);
        assertNoHostileMarkup(what, r.body());
    }

    static void assertNoHostileMarkup(String what, String body) {
        for (String raw : Hostile.RAW_MARKUP) {
            int at = body.indexOf(raw);
            assertTrue(at < 0, what + " shows raw markup " + raw + " at …" + around(body, at) + "…");
        }
        Matcher scripts = SCRIPT.matcher(body);
        while (scripts.find()) {
            assertTrue(OWN_SCRIPT.matcher(scripts.group()).matches(), what + " has a script tag that is not ours: " + scripts.group());
        }
        Matcher tag = TAG.matcher(body);
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(tag.group(1));
            while (attribute.find()) {
                assertFalse(attribute.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("on"),
                        what + " has an inline event handler: " + tag.group());
            }
        }
        assertFalse(body.contains("href=\"javascript:") || body.contains("href='javascript:"), what + " links to javascript:");
    }

    /** Whatever went wrong, the answer names no Java class, line or exception. */
    static void assertNoStackTrace(String what, String body) {
        if (STACK_TRACE_MARKS.stream().noneMatch(body::contains)) {
            return;
        }
        Matcher m = STACK_TRACE.matcher(body);
        assertFalse(m.find(), () -> what + " shows a stack trace: …" + around(body, m.start()) + "…");
    }

    /** How JTE writes {@code text} between tags. */
    static String escapedText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String excerpt(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String around(String body, int at) {
        if (at < 0) {
            return "";
        }
        return body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 80));
    }
}
