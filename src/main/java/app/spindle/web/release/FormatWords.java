package app.spindle.web.release;

import app.spindle.mirror.query.ReleaseDetails.Format;
import java.util.ArrayList;
import java.util.List;

/** A format as collectors say it: "2 × Vinyl, LP, Album, Gatefold, 180g". */
public final class FormatWords {
    private FormatWords() {
    }

    public static String of(Format f) {
        List<String> parts = new ArrayList<>();
        String name = f.name() == null ? "" : f.name();
        String qty = f.qty() == null ? "" : f.qty().trim();
        parts.add(!qty.isEmpty() && !qty.equals("1") && !qty.equals("0") ? qty + " × " + name : name);
        parts.addAll(f.descriptions());
        if (f.text() != null && !f.text().isBlank()) {
            parts.add(f.text().trim());
        }
        parts.removeIf(String::isBlank);
        return String.join(", ", parts);
    }

    /**
     * One line per distinct format, identical neighbours merged: a box of ten identical LPs reads
     * "10 × Vinyl, LP, Album, Reissue", as Discogs itself shows it, not ten equal lines.
     */
    public static List<String> lines(List<Format> formats) {
        List<Format> merged = new ArrayList<>();
        for (Format f : formats) {
            Format last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && sameKind(last, f)) {
                merged.set(merged.size() - 1, new Format(last.name(), String.valueOf(qty(last) + qty(f)),
                        last.descriptions(), last.text(), last.size(), last.speed(), last.colour(), last.weightGrams()));
            } else {
                merged.add(f);
            }
        }
        return merged.stream().map(FormatWords::of).toList();
    }

    private static boolean sameKind(Format a, Format b) {
        return java.util.Objects.equals(a.name(), b.name()) && a.descriptions().equals(b.descriptions())
                && java.util.Objects.equals(a.text(), b.text());
    }

    private static int qty(Format f) {
        try {
            return Math.max(1, Integer.parseInt(f.qty() == null ? "1" : f.qty().trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
