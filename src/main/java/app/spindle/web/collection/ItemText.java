package app.spindle.web.collection;

import app.spindle.mirror.query.ShelfItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How an entry's fields read on the page: the format line, the stars, the day it was added. */
public final class ItemText {
    private ItemText() {
    }

    /** "2 × Vinyl, LP, Album, Reissue, Red" for each format, joined with " + ". */
    public static String format(List<ShelfItem.FormatLine> formats) {
        List<String> lines = new ArrayList<>();
        for (ShelfItem.FormatLine f : formats) {
            List<String> parts = new ArrayList<>();
            String qty = f.qty() == null || f.qty().isBlank() || f.qty().equals("1") ? "" : f.qty() + " × ";
            parts.add(qty + (f.name() == null ? "" : f.name()));
            parts.addAll(f.descriptions());
            if (f.text() != null && !f.text().isBlank()) {
                parts.add(f.text());
            }
            lines.add(String.join(", ", parts));
        }
        return String.join(" + ", lines);
    }

    public static String stars(int rating) {
        if (rating <= 0) {
            return "";
        }
        int n = Math.min(rating, 5);
        return "★".repeat(n) + "☆".repeat(5 - n);
    }

    /** "2024-03-05" out of "2024-03-05T10:00:00Z"; empty when unknown. */
    public static String day(String instant) {
        return instant == null || instant.length() < 10 ? "" : instant.substring(0, 10);
    }

    /** Up to two letters for a cover placeholder: "Miles Davis" → "MD". */
    public static String initials(String artist, String title) {
        String source = artist == null || artist.isBlank() ? title : artist;
        if (source == null) {
            return "?";
        }
        StringBuilder letters = new StringBuilder();
        for (String word : source.replaceAll("\\(\\d+\\)", "").trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && letters.length() < 2) {
                letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return letters.length() == 0 ? "?" : letters.toString().toUpperCase(Locale.ROOT);
    }

    public static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
