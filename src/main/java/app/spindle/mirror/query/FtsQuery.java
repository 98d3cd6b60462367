package app.spindle.mirror.query;

import app.spindle.mirror.SearchKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Turns what someone typed into an FTS5 MATCH expression: every word must appear, as the start of a
 * word. Words are cut where the index cuts them ({@link SearchKeys#WORD}) and then quoted, so FTS syntax in the input
 * (quotes, AND, NEAR, *, -, column filters) is only ever searched for, never interpreted.
 *
 * <p>Each word is the start of a word ("j brown" finds James Brown), except a letter glued to a word beside it
 * by a hyphen, dot or apostrophe, which is a whole word: a runout or catalog number typed as words ("A-1",
 * "FC-080-B", "J.T.S") is full of them, and "a"-as-a-start would find nearly every record.
 *
 * <p>A prefix of one letter or digit is asked as the word itself or any word starting with it and one more letter
 * or digit: the index keeps lists of two-letter prefixes but none of one letter (016's {@code prefix = '2 3 4'}),
 * so {@code "b"*} merges the lists of every word starting with b before it finds a first record (0.15–0.4 s on a
 * mirror of 1 M releases), while the 37 lists of {@code "b" OR "ba"* OR … OR "b9"*} are walked only as far as the
 * other words need (under 0.05 s). A word whose second character is a letter of another script ("bж") is
 * missed until its second letter is typed.
 */
public final class FtsQuery {
    private static final char[] SECOND_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    /** A typed word, and whether it must be a whole word of the text rather than the start of one. */
    public record Word(String text, boolean whole) {
    }

    private FtsQuery() {
    }

    public static List<String> words(String text) {
        return typed(text).stream().map(Word::text).toList();
    }

    /**
     * The typed words in order. A one-letter word is whole when it is glued to the word before or after it by a
     * hyphen, dot or apostrophe ("A-1", "FC-080-B", "J.T.S", "Don't"); every other word is a prefix.
     */
    public static List<Word> typed(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher word = SearchKeys.WORD.matcher(lower);
        while (word.find()) {
            String found = word.group();
            boolean oneLetter = found.codePointCount(0, found.length()) == 1;
            boolean whole = oneLetter && (gluedToThePrevious(lower, word.start()) || gluedToTheNext(lower, word.end()));
            words.add(new Word(found, whole));
        }
        return words;
    }

    private static boolean gluedToThePrevious(String text, int start) {
        if (start < 2) {
            return false;
        }
        char glue = text.charAt(start - 1);
        return (glue == '-' || glue == '.' || glue == '\'') && Character.isLetterOrDigit(text.codePointBefore(start - 1));
    }

    private static boolean gluedToTheNext(String text, int end) {
        if (end + 1 >= text.length()) {
            return false;
        }
        char glue = text.charAt(end);
        return (glue == '-' || glue == '.' || glue == '\'') && Character.isLetterOrDigit(text.codePointAt(end + 1));
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
        List<String> terms = terms(text, columns);
        // FTS5 joins a phrase to a parenthesised group only by an explicit AND
        boolean grouped = terms.stream().anyMatch(term -> term.endsWith(")"));
        return String.join(grouped ? " AND " : " ", terms);
    }

    /**
     * Each typed word as a MATCH expression of its own: the records {@link #of} finds are those every one of
     * them finds, so a reader may find each word's records once and intersect them.
     */
    public static List<String> terms(String text) {
        return terms(text, "");
    }

    /** As {@link #terms(String)}, each word in the artist or title (the parts of {@link #inArtistOrTitle}). */
    public static List<String> termsInArtistOrTitle(String text) {
        return terms(text, "{artists title} : ");
    }

    private static List<String> terms(String text, String columns) {
        List<String> terms = new ArrayList<>();
        for (Word word : typed(text)) {
            String quoted = "\"" + word.text() + "\"";
            if (word.whole()) {
                terms.add(columns + quoted);
            } else if (word.text().length() == 1 && isAsciiLetterOrDigit(word.text().charAt(0))) {
                terms.add(columns + oneLetterPrefix(word.text()));
            } else {
                terms.add(columns + quoted + "*");
            }
        }
        return terms;
    }

    private static String oneLetterPrefix(String letter) {
        StringBuilder group = new StringBuilder("(\"").append(letter).append('"');
        for (char next : SECOND_CHARACTERS) {
            group.append(" OR \"").append(letter).append(next).append("\"*");
        }
        return group.append(')').toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
