package app.spindle.web.export;

import app.spindle.mirror.query.ShelfItem;
import java.util.ArrayList;
import java.util.List;

/** The Format column as Discogs's export writes it: "2xLP, Album, Reissue" per format, joined by " + ". */
final class DiscogsFormat {
    private DiscogsFormat() {
    }

    static String of(List<ShelfItem.FormatLine> formats) {
        List<String> parts = new ArrayList<>();
        for (ShelfItem.FormatLine f : formats) {
            String qty = f.qty() == null || f.qty().isBlank() || f.qty().equals("1") ? "" : f.qty() + "x";
            List<String> words = new ArrayList<>(f.descriptions());
            if (words.isEmpty() || "Box Set".equals(f.name())) {
                words.add(0, f.name() == null ? "" : f.name());
            }
            words.set(0, qty + words.get(0));
            parts.add(String.join(", ", words));
        }
        return String.join(" + ", parts);
    }
}
