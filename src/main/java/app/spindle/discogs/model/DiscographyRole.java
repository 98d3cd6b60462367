package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an artist takes part in an entry of their discography: "Main" (their own record), "Remix", "Producer",
 * "Appearance", "TrackAppearance", "UnofficialRelease" … Only Main changes what Spindle does; every word is
 * kept and shown as it came.
 */
public record DiscographyRole(@JsonValue String word) {
    public static final DiscographyRole MAIN = new DiscographyRole("Main");

    /** The role Discogs' word names; null where the list gives none (catalogues, versions). */
    @JsonCreator
    public static DiscographyRole of(String word) {
        return word == null ? null : new DiscographyRole(word);
    }
}
