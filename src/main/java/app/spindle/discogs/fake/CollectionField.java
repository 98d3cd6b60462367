package app.spindle.discogs.fake;

import app.spindle.discogs.model.FieldType;
import java.util.List;

/**
 * A collection field of the account, as {@code GET …/collection/fields} lists it: a dropdown with its
 * options, or a textarea with a number of lines. Discogs gives every account Media Condition (1), Sleeve
 * Condition (2) and Notes (3); owners add their own after those.
 */
public record CollectionField(int id, String name, FieldType type, int position, boolean isPublic, List<String> options,
                              Integer lines) {

    public CollectionField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static CollectionField dropdown(String name, List<String> options) {
        return new CollectionField(0, name, FieldType.DROPDOWN, 0, false, options, null);
    }

    public static CollectionField textarea(String name, int lines) {
        return new CollectionField(0, name, FieldType.TEXTAREA, 0, false, List.of(), lines);
    }

    CollectionField numbered(int newId, int newPosition) {
        return new CollectionField(newId, name, type, newPosition, isPublic, options, lines);
    }

    /** Whether Discogs would store this value: a dropdown takes only one of its options. */
    boolean accepts(String value) {
        return !FieldType.DROPDOWN.equals(type) || options.contains(value);
    }
}
