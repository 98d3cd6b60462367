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

    public static String all(List<Format> formats) {
        return String.join(" + ", formats.stream().map(FormatWords::of).toList());
    }
}
