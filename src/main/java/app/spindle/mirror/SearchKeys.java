package app.spindle.mirror;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normalised forms the mirror indexes and sorts by. */
public final class SearchKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DISAMBIGUATION = Pattern.compile("\\s+\\(\\d+\\)$");
    /**
     * A word as the full-text index's tokenizer (unicode61) cuts words: letters and numbers, less 21 characters Java
     * counts as letters but SQLite's Unicode tables do not (New Tai Lue vowel signs U+19B0–U+19C0 and U+19C8–U+19C9,
     * Vedic signs U+1CF2–U+1CF3), where the tokenizer splits a word. A typed word must be one word of the index:
     * the index keeps no positions (018_search_columns_not_positions.sql), so it cannot be asked for a phrase.
     */
    public static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}&&[^\\x{19B0}-\\x{19C0}\\x{19C8}\\x{19C9}\\x{1CF2}\\x{1CF3}]]+");

    private SearchKeys() {
    }

    /** A catalog number or identifier as upper-case letters and digits only: "PB 41447" → "PB41447". */
    public static String catnoKey(String value) {
        if (value == null) {
            return "";
        }
        return NOT_ALNUM.matcher(withoutAccents(value)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** A sort key: lower case, no accents, no leading "The ". */
    public static String sortKey(String value) {
        if (value == null) {
            return "";
        }
        String s = withoutAccents(value).toLowerCase(Locale.ROOT).trim();
        return s.startsWith("the ") ? s.substring(4).trim() : s;
    }

    /** "Rick Astley (2)" → "Rick Astley": Discogs numbers artists that share a name. */
    public static String withoutDisambiguation(String name) {
        return name == null ? null : DISAMBIGUATION.matcher(name).replaceFirst("");
    }

    public static String joinedSortKey(List<String> names) {
        return sortKey(String.join(" ", names.stream().map(SearchKeys::withoutDisambiguation).toList()));
    }

    /** Whether a character is part of a word, as {@link #WORD} cuts words; for hand-written loops over many texts. */
    public static boolean isWordPart(int cp) {
        if (cp >= 0x19B0 && cp <= 0x19C9 && (cp <= 0x19C0 || cp >= 0x19C8) || cp == 0x1CF2 || cp == 0x1CF3) {
            return false;
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The text with its accents and other combining marks dropped: "Löwe" → "Lowe". */
    public static String withoutAccents(String value) {
        return MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
    }
}
