package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what someone typed into an FTS5 MATCH expression: every word must appear, as the start of a
 * word. Words are cut at anything but letters and digits and then quoted, so FTS syntax in the input
 * (quotes, AND, NEAR, *, -, column filters) is only ever searched for, never interpreted.
 */
public final class FtsQuery {
    private FtsQuery() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The MATCH expression, or an empty string when the text has no words at all. */
    public static String of(String text) {
        return expression(text, "");
    }

    /** The MATCH expression that finds only the records whose artist or title hold every word (each in either). */
    public static String inArtistOrTitle(String text) {
        return expression(text, "{artists title} : ");
    }

    private static String expression(String text, String columns) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            terms.add(columns + "\"" + word + "\"*");
        }
        return String.join(" ", terms);
    }
}
