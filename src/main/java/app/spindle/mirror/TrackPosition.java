package app.spindle.mirror;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Discogs tracklist position read for people: the vinyl side is its leading letters ("A2" → A,
 * "C1" → C, "AA" → AA, "B2a" → B, "B-2" → B); a CD position "1-03" or "CD2-5" names the disc and has
 * no side. Either may be null. Also reads a track's length.
 */
public record TrackPosition(String position, String side, Integer disc) {

    private static final Pattern DISC = Pattern.compile("^(?:(?:CD|DVD|Disc|Disk)\\s*)?(\\d+)[-.](\\d+).*$",
            Pattern.CASE_INSENSITIVE);
    // upper- and lower-case sides are told apart so that "Aa" reads as side A, sub-track a
    private static final Pattern SIDE = Pattern.compile("^([A-Z]{1,2}|[a-z]{1,2})(?:[\\d.\\-].*|[a-z]?)$");
    private static final Pattern DURATION = Pattern.compile("^(?:(\\d+):)?(\\d{1,3}):(\\d{2})$");

    public static TrackPosition parse(String position) {
        String p = position == null ? "" : position.strip();
        Matcher disc = DISC.matcher(p);
        if (disc.matches()) {
            return new TrackPosition(p, null, Integer.valueOf(disc.group(1)));
        }
        Matcher side = SIDE.matcher(p);
        if (side.matches()) {
            String letters = side.group(1).toUpperCase(Locale.ROOT);
            return new TrackPosition(p, letters.equals("CD") || letters.equals("DV") ? null : letters, null);
        }
        return new TrackPosition(p, null, null);
    }

    /** Just the side: "A1" → "A", "B" → "B", "AA2" → "AA"; CD-style positions ("1-3", "CD1-2") have none. */
    public static String side(String position) {
        return position == null ? null : parse(position).side();
    }

    /** "3:32" → 212, "1:02:03" → 3723; "" or anything else → null. */
    public static Integer seconds(String duration) {
        if (duration == null) {
            return null;
        }
        Matcher m = DURATION.matcher(duration.trim());
        if (!m.matches()) {
            return null;
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
    }
}
