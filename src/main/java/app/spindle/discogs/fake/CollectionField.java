package app.spindle.discogs.fake;

import java.util.List;

/**
 * A collection field of the account, as {@code GET …/collection/fields} lists it: "dropdown" with its
 * options, or "textarea" with a number of lines. Discogs gives every account Media Condition (1), Sleeve
 * Condition (2) and Notes (3); owners add their own after those.
 */
public record CollectionField(int id, String name, String type, int position, boolean isPublic, List<String> options,
                              Integer lines) {

    public CollectionField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static CollectionField dropdown(String name, List<String> options) {
        return new CollectionField(0, name, "dropdown", 0, false, options, null);
    }

    public static CollectionField textarea(String name, int lines) {
        return new CollectionField(0, name, "textarea", 0, false, List.of(), lines);
    }

    CollectionField numbered(int newId, int newPosition) {
        return new CollectionField(newId, name, type, newPosition, isPublic, options, lines);
    }

    /** Whether Discogs would store this value: a dropdown takes only one of its options. */
    boolean accepts(String value) {
        return !"dropdown".equals(type) || options.contains(value);
    }
}
