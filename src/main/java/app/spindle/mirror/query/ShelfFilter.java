package app.spindle.mirror.query;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a shelf is narrowed to: at most one value per facet (already validated by the caller) and the
 * words typed into the search box.
 */
public record ShelfFilter(Map<Facet, String> values, String text) {
    public static final ShelfFilter NONE = new ShelfFilter(Map.of(), "");

    public ShelfFilter {
        EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
        values.forEach((facet, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(facet, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
        text = text == null ? "" : text.strip();
    }

    public String value(Facet facet) {
        return values.get(facet);
    }

    public boolean has(Facet facet) {
        return values.containsKey(facet);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public boolean isEmpty() {
        return values.isEmpty() && text.isEmpty();
    }

    public ShelfFilter with(Facet facet, String value) {
        EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
        copy.putAll(values);
        copy.put(facet, value);
        return new ShelfFilter(copy, text);
    }

    public ShelfFilter without(Facet facet) {
        EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
        copy.putAll(values);
        copy.remove(facet);
        return new ShelfFilter(copy, text);
    }

    public ShelfFilter withText(String newText) {
        return new ShelfFilter(values, newText);
    }
}
