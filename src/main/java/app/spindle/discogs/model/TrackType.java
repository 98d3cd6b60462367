package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A tracklist entry's {@code type_}: a "track", a "heading" (a disc or side title, no audio) or an "index" (a
 * work whose movements are its sub-tracks). A word Discogs adds later is kept as it came, so what the mirror
 * stores and passes on still says what Discogs said.
 */
public record TrackType(@JsonValue String word) {
    public static final TrackType TRACK = new TrackType("track");
    public static final TrackType HEADING = new TrackType("heading");
    public static final TrackType INDEX = new TrackType("index");

    /** The type Discogs' word names; null where Discogs gave none. */
    @JsonCreator
    public static TrackType of(String word) {
        return word == null ? null : new TrackType(word);
    }
}
