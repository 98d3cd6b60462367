package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a Discogs item is, by Discogs' own word ({@code "release"}, {@code "master"} …): a search hit's
 * {@code type}, an artist's discography entry's, a stored list entry's. Read once from the JSON or the row.
 */
public enum DiscogsType {
    RELEASE, MASTER, ARTIST, LABEL;

    /** Discogs' word, also the one the mirror stores. */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type Discogs' word names; null for a word it has not used. */
    @JsonCreator
    public static DiscogsType of(String word) {
        for (DiscogsType t : values()) {
            if (t.word().equals(word)) {
                return t;
            }
        }
        return null;
    }
}
