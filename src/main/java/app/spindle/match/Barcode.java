package app.spindle.match;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A barcode as digits, with {@link #key} the 14-digit GTIN form (left-padded with zeros), so a
 * UPC-A "724384960650" and the EAN-13 "0724384960650" printed for it are the same key. The check
 * digit is not verified: Discogs holds many barcodes typed with a mistake in it, and they still match.
 */
public record Barcode(String digits, String key) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * The barcode in {@code text}, or empty when it is not one: Discogs' search results list matrix
     * and runout strings among the barcodes ("APW-2 A Dmm …"), so anything with letters is refused.
     */
    public static Optional<Barcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (!DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        int n = digits.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return Optional.empty();
        }
        return Optional.of(new Barcode(digits, "0".repeat(14 - n) + digits));
    }

    public boolean sameAs(Barcode other) {
        return key.equals(other.key);
    }

    @Override
    public String toString() {
        return digits;
    }
}
