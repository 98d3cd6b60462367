package app.spindle.web.shelf;

import app.spindle.mirror.query.ShelfItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/** How an entry's fields read on the page: the format line, the stars, the day it was added. */
public final class ItemText {
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\(\\d+\\)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private ItemText() {
    }

    /**
     * "2 × Vinyl, LP, Album, Red" per kind of format, joined with " + "; identical formats (a box of ten
     * alike LPs) are counted together, and past three kinds the rest is only counted.
     */
    public static String format(List<ShelfItem.FormatLine> formats) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (ShelfItem.FormatLine f : formats) {
            List<String> parts = new ArrayList<>();
            parts.add(f.name() == null ? "" : f.name());
            parts.addAll(f.descriptions());
            if (f.text() != null && !f.text().isBlank()) {
                parts.add(f.text());
            }
            kinds.merge(String.join(", ", parts), quantity(f.qty()), Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> kind : kinds.entrySet()) {
            if (lines.size() == 3) {
                lines.add((kinds.size() - 3) + " more");
                break;
            }
            lines.add((kind.getValue() > 1 ? kind.getValue() + " × " : "") + kind.getKey());
        }
        return String.join(" + ", lines);
    }

    private static int quantity(String qty) {
        try {
            return Math.max(1, Integer.parseInt(qty == null ? "1" : qty.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static String stars(int rating) {
        if (rating <= 0) {
            return "";
        }
        int n = Math.min(rating, 5);
        return "★".repeat(n) + "☆".repeat(5 - n);
    }

    /** Up to two letters for a cover placeholder: "Miles Davis" → "MD". */
    public static String initials(String artist, String title) {
        String source = artist == null || artist.isBlank() ? title : artist;
        if (source == null) {
            return "?";
        }
        StringBuilder letters = new StringBuilder();
        for (String word : SPACES.split(NUMBERED.matcher(source).replaceAll("").trim())) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && letters.length() < 2) {
                letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return letters.length() == 0 ? "?" : letters.toString().toUpperCase(Locale.ROOT);
    }
}
