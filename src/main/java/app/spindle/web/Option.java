package app.spindle.web;

import java.util.List;
import java.util.Objects;

/** One {@code <option>} of a select: what it sends, what it says, and whether it is the chosen one. */
public record Option(String value, String label, boolean selected) {

    /** Options that send what they say, the one equal to {@code chosen} selected (none when chosen is null). */
    public static List<Option> of(List<String> values, String chosen) {
        return values.stream().map(v -> new Option(v, v, Objects.equals(v, chosen))).toList();
    }
}
