package app.spindle.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the year in what exports call a date: "1999", "1999-03-22", "22/03/1999", "1999-00-00". */
final class YearText {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");

    private YearText() {
    }

    /** The year, or null when the text holds none (Discogs and Rekordbox write 0 for unknown). */
    static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text.strip());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
