package app.spindle.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Artist - Title" split at its first dash: a spaced hyphen, or an en/em dash with or without spaces
 * ("Artist – Title (Remix)"). An unspaced hyphen never splits ("Jay-Z", "Anti-Hero"). Without a
 * dash the whole text is the title.
 */
record ArtistTitle(String artist, String title) {

    private static final Pattern DASH = Pattern.compile("\\s+[-–—]+\\s+|\\s*[–—]\\s*");
    // "1. Artist - Title" / "03) …" in a pasted list
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,3}[.)]\\s+");
    // "03 - Artist - Title.mp3", "03. …", "03_…", "03 Artist - Title" (zero-padded only, so "2 Unlimited" stays)
    private static final Pattern FILE_NUMBER = Pattern.compile("^(?:\\d{1,3}\\s*[-._)]\\s*|0\\d\\s+)(?=\\S)");

    static ArtistTitle parse(String text) {
        String s = text.strip();
        Matcher dash = DASH.matcher(s);
        if (dash.find() && dash.start() > 0 && dash.end() < s.length()) {
            return new ArtistTitle(s.substring(0, dash.start()).strip(), s.substring(dash.end()).strip());
        }
        return new ArtistTitle(null, s);
    }

    static String withoutListNumber(String line) {
        return LIST_NUMBER.matcher(line.strip()).replaceFirst("");
    }

    static String withoutFileNumber(String fileName) {
        return FILE_NUMBER.matcher(fileName.strip()).replaceFirst("");
    }
}
