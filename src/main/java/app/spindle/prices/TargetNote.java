package app.spindle.prices;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one line a target takes in a want's notes on Discogs, "Spindle target: 15.00 USD". Writing or
 * removing it touches that line only: every other line of the user's notes stays exactly as it was.
 */
public final class TargetNote {
    static final String PREFIX = "Spindle target: ";

    private TargetNote() {
    }

    public static String line(double target, String currency) {
        return PREFIX + String.format(Locale.ROOT, "%.2f %s", target, currency);
    }

    /** The notes with their target line replaced by {@code line}, or removed when it is null. */
    public static String apply(String notes, String line) {
        String kept = notes == null ? "" : Arrays.stream(notes.split("\n", -1))
                .filter(l -> !l.startsWith(PREFIX))
                .collect(Collectors.joining("\n"));
        if (notes != null && !kept.equals(notes) && kept.endsWith("\n")) {
            kept = kept.substring(0, kept.length() - 1); // the newline that separated the removed line
        }
        if (line == null) {
            return kept;
        }
        return kept.isEmpty() ? line : kept + (kept.endsWith("\n") ? "" : "\n") + line;
    }
}
