package app.spindle.mirror.query;

/** How many entries of the filtered shelf have this value (the value the URL carries, the label people read). */
public record FacetCount(String value, String label, long count) {
}
