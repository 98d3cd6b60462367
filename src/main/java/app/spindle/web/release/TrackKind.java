package app.spindle.web.release;

import app.spindle.discogs.model.TrackType;
import java.util.Locale;

/** What a line of a tracklist is: Discogs' track types, plus the sub-tracks of an index track. */
public enum TrackKind {
    TRACK, HEADING, INDEX, SUBTRACK;

    /** The line of a track of this type; a type Discogs added later, or none, reads as a track. */
    static TrackKind of(TrackType type, boolean subtrack) {
        if (subtrack) {
            return SUBTRACK;
        }
        if (TrackType.HEADING.equals(type)) {
            return HEADING;
        }
        return TrackType.INDEX.equals(type) ? INDEX : TRACK;
    }

    public boolean isHeading() {
        return this == HEADING;
    }

    /** The row's CSS class suffix: track-heading, track-subtrack … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
