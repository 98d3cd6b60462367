package app.spindle.mirror;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a track's vinyl side and its length out of the strings Discogs gives. */
public final class TrackPosition {
    private static final Pattern SIDE = Pattern.compile("^([A-Z]{1,2})(?=\\d|$|[.\\-a-z])");
    private static final Pattern DURATION = Pattern.compile("^(?:(\\d+):)?(\\d{1,3}):(\\d{2})$");

    private TrackPosition() {
    }

    /** "A1" → "A", "B" → "B", "AA2" → "AA"; CD-style positions ("1-3", "CD1-2") have no side. */
    public static String side(String position) {
        if (position == null) {
            return null;
        }
        Matcher m = SIDE.matcher(position.trim());
        if (!m.find()) {
            return null;
        }
        String side = m.group(1);
        return side.equals("CD") || side.equals("DV") ? null : side;
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
