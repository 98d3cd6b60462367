package app.spindle.match;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A catalog number and its canonical {@link #key}: upper-case letters and digits only, so "ABC-123-45",
 * "ABC 12345", "abc12345" and "ABC-123 45" are all {@code ABC12345}.
 *
 * <p>Leading zeros: labels print "WARP 012" while people type "WARP12", yet a label can also have
 * both a 12 and an 012. So the key keeps the zeros (exact equality is the near-proof) and
 * {@link #looseKey} drops the leading zeros of every run of digits ({@code WARP12}). Look-ups use the
 * loose key to find both spellings; {@link #compare} tells an exact match from a zeros-only one.
 */
public record CatalogNumber(String raw, String key) {

    /** How two catalog numbers relate, best first. */
    public enum Agreement { EXACT, LEADING_ZEROS, FORMAT_SUFFIX, NONE }

    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]");
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![0-9])0+(?=[0-9])");
    private static final Pattern LETTERS = Pattern.compile("[A-Z]{1,4}");
    // Discogs writes "none" for releases without one; people write the rest.
    private static final Set<String> MEANS_NONE = Set.of("NONE", "NA", "NOCAT", "NOCATNO", "UNKNOWN", "NOTONLABEL");

    /** The catalog number in {@code text}, or empty when there is none ("none", "n/a", "-", blank). */
    public static Optional<CatalogNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = keyOf(text);
        if (key.isEmpty() || MEANS_NONE.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(new CatalogNumber(text.strip(), key));
    }

    /** The canonical key of {@code text}, "" when it holds no letters or digits. */
    public static String keyOf(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toUpperCase(Locale.ROOT);
        return NOT_ALNUM.matcher(s).replaceAll("");
    }

    /** The key without leading zeros in its numbers: "WARP 012" and "WARP12" share {@code WARP12}. */
    public String looseKey() {
        return LEADING_ZEROS.matcher(key).replaceAll("");
    }

    public Agreement compare(CatalogNumber other) {
        if (key.equals(other.key)) {
            return Agreement.EXACT;
        }
        if (looseKey().equals(other.looseKey())) {
            return Agreement.LEADING_ZEROS;
        }
        // "WAP105CD" against "WAP105": the same release number in another format.
        String shorter = key.length() < other.key.length() ? key : other.key;
        String longer = shorter == key ? other.key : key;
        if (shorter.length() >= 3 && longer.startsWith(shorter)
                && LETTERS.matcher(longer.substring(shorter.length())).matches()
                && Character.isDigit(shorter.charAt(shorter.length() - 1))) {
            return Agreement.FORMAT_SUFFIX;
        }
        return Agreement.NONE;
    }

    @Override
    public String toString() {
        return raw;
    }
}
