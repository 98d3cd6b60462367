package app.spindle.web.release;

import java.util.Locale;

/** What a line of a tracklist is: Discogs' track types, plus the sub-tracks of an index track. */
public enum TrackKind {
    TRACK, HEADING, INDEX, SUBTRACK;

    /** Discogs' {@code type_} ("track", "heading", "index"); an unknown or missing type reads as a track. */
    static TrackKind of(String discogsType, boolean subtrack) {
        if (subtrack) {
            return SUBTRACK;
        }
        if (discogsType == null) {
            return TRACK;
        }
        return switch (discogsType) {
            case "heading" -> HEADING;
            case "index" -> INDEX;
            default -> TRACK;
        };
    }

    public boolean isHeading() {
        return this == HEADING;
    }

    /** The row's CSS class suffix: track-heading, track-subtrack … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
