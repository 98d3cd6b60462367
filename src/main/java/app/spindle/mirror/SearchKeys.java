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

    /** The text with its accents and other combining marks dropped: "Löwe" → "Lowe". */
    public static String withoutAccents(String value) {
        return MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
    }
}
