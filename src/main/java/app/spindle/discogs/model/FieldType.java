package app.spindle.discogs.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A custom collection field's {@code type}: a "dropdown" (one of its options) or a "textarea" (free text). A
 * word Discogs adds later is kept as it came, and such a field takes free text.
 */
public record FieldType(@JsonValue String word) {
    public static final FieldType DROPDOWN = new FieldType("dropdown");
    public static final FieldType TEXTAREA = new FieldType("textarea");

    /** The type Discogs' word names; null where Discogs gave none. */
    @JsonCreator
    public static FieldType of(String word) {
        return word == null ? null : new FieldType(word);
    }
}
