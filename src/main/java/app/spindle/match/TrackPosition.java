package app.spindle.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Discogs tracklist position read for people: the vinyl side is its leading letters ("A2" → A,
 * "C1" → C, "AA" → AA, "B2a" → B); a CD position "1-03" or "CD2-5" names the disc. Either may be null.
 */
public record TrackPosition(String position, String side, Integer disc) {

    private static final Pattern SIDE = Pattern.compile("^([A-Za-z]{1,2})(?:\\d.*|[a-z]?)$");
    private static final Pattern DISC = Pattern.compile("^(?:(?:CD|DVD|Disc|Disk)\\s*)?(\\d+)[-.](\\d+).*$",
            Pattern.CASE_INSENSITIVE);

    public static TrackPosition parse(String position) {
        String p = position == null ? "" : position.strip();
        Matcher disc = DISC.matcher(p);
        if (disc.matches()) {
            return new TrackPosition(p, null, Integer.valueOf(disc.group(1)));
        }
        Matcher side = SIDE.matcher(p);
        if (side.matches()) {
            return new TrackPosition(p, side.group(1).toUpperCase(java.util.Locale.ROOT), null);
        }
        return new TrackPosition(p, null, null);
    }
}
