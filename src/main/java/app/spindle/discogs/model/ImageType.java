package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An image's {@code type}: the cover is "primary", the others "secondary". A word Discogs adds later is kept as
 * it came, so what the mirror stores and passes on still says what Discogs said.
 */
public record ImageType(@JsonValue String word) {
    public static final ImageType PRIMARY = new ImageType("primary");
    public static final ImageType SECONDARY = new ImageType("secondary");

    /** The type Discogs' word names; null where Discogs gave none. */
    @JsonCreator
    public static ImageType of(String word) {
        return word == null ? null : new ImageType(word);
    }
}
