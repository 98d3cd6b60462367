package app.spindle.hardening;

import java.util.List;

/**
 * Strings Discogs could send (its data is edited by anyone), each aimed at one way a page could break:
 * markup that runs, quotes that end an attribute, text that flips direction, text too long to wrap.
 * Each payload would set {@code window.xss} if it ever ran in a browser.
 */
final class Hostile {
    static final String TITLE = "<script>window.xss=1</script>";
    static final String LABEL = "Label \"double\" 'single' \"><svg onload=\"window.xss=2\">";
    static final String ARTIST = "\u202Eevil\u202C مرحبا بالعالم 🎵🔥 Ünïcödé";
    static final String NOTES = "n".repeat(10_000);
    static final String TRACK = "</td></tr></table><script>window.xss=3</script>";
    static final String IDENTIFIER = "<img src=x onerror=\"window.xss=4\">";
    static final String CATNO = "\" onmouseover=\"window.xss=5";
    static final String FOLDER = "<b>Folder</b> & \"quoted\" <iframe src=x>";
    static final String GENRE = "<i>Jazz</i>";
    static final String FORMAT = "\"><script>window.xss=6</script>";
    static final String COUNTRY = "<u>UK</u>";
    static final String NOTE_FIELD = "</textarea><script>window.xss=7</script>";
    static final String WANT_NOTES = "w".repeat(10_000) + "\n\"quoted\", with a comma <script>window.xss=8</script>";
    static final String ERROR = "<script>window.xss=9</script> Discogs broke";
    static final String URL = "javascript:window.xss=10";
    static final String LONG_TITLE = "T".repeat(400);
    /** A spreadsheet formula: an export must not hand it to Excel to run. */
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    /** Markup that must never reach a page unescaped. */
    static final List<String> RAW_MARKUP = List.of("<script>window.xss", "<svg onload", "<img src=x", "<b>Folder", "<i>Jazz",
            "<u>UK", "<iframe", "</td></tr></table><script", "</textarea><script", "<b>B1", "<i>9:99");

    /** Runs of text with no place to break a line. */
    static final List<String> UNBREAKABLE = List.of(NOTES, "w".repeat(10_000), LONG_TITLE);

    static final long RELEASE = 9_000_001L;
    static final long WANTED = 9_000_002L;
    static final long ODD_DATE = 9_000_003L;
    static final long MASTER = 7_000_001L;
    static final String USERNAME = "hostile_user";

    private Hostile() {
    }
}
