package app.spindle.mirror;

/** A format line as listed ({@code descriptions} a JSON array) and the traits read from it. */
public record FormatRow(
        int position,
        String name,
        String qty,
        String descriptions,
        String text,
        String size,
        String speed,
        String colour,
        Integer weightGrams) {
}
