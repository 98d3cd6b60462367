package app.spindle.dump;

import app.spindle.discogs.model.DiscogsFormat;
import java.util.List;

/** The API's {@code format_quantity}: the discs, tapes and files of a release; a box holding them is not counted. */
final class FormatQuantity {
    private FormatQuantity() {
    }

    static int of(List<DiscogsFormat> formats) {
        int total = 0;
        for (DiscogsFormat f : formats) {
            if ("Box Set".equals(f.name())) {
                continue;
            }
            try {
                total += Integer.parseInt(f.qty() == null ? "0" : f.qty().trim());
            } catch (NumberFormatException e) {
                // a quantity Discogs let through as text counts as none
            }
        }
        return total;
    }
}
