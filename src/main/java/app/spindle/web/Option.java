package app.spindle.web;

import app.spindle.mirror.FolderRow;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** One {@code <option>} of a select: what it sends, what it says, and whether it is the chosen one. */
public record Option(String value, String label, boolean selected) {

    /** Options that send what they say, the one equal to {@code chosen} selected (none when chosen is null). */
    public static List<Option> of(List<String> values, String chosen) {
        return values.stream().map(v -> new Option(v, v, Objects.equals(v, chosen))).toList();
    }

    /** A rating select: no rating and one to five stars. */
    public static List<Option> ratings(int chosen) {
        return IntStream.rangeClosed(0, 5).mapToObj(r -> new Option(Integer.toString(r),
                r == 0 ? "No rating" : "★".repeat(r) + "☆".repeat(5 - r), r == chosen)).toList();
    }

    /** A folder select: each folder by name, sending its id. */
    public static List<Option> folders(List<FolderRow> folders, long chosen) {
        return folders.stream().map(f -> new Option(Long.toString(f.id()), f.name(), f.id() == chosen)).toList();
    }
}
