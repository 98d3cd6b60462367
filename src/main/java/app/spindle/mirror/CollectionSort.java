package app.spindle.mirror;

/** The orders the collection and wantlist pages offer; each maps to an index-backed ORDER BY. */
public enum CollectionSort {
    ADDED("added_at", "instance_id"),
    ARTIST("sort_artist", "sort_title"),
    TITLE("sort_title", "sort_artist"),
    YEAR("year", "sort_artist"),
    RATING("rating", "added_at"),
    LABEL("sort_label", "sort_catno");

    private final String primary;
    private final String secondary;

    CollectionSort(String primary, String secondary) {
        this.primary = primary;
        this.secondary = secondary;
    }

    /** Both keys run the same direction so SQLite can walk one index forwards or backwards. */
    String orderBy(String table, String idColumn, boolean descending) {
        String dir = descending ? " DESC" : "";
        String second = secondary.equals("instance_id") ? idColumn : secondary;
        return table + "." + primary + dir + ", " + table + "." + second + dir + ", " + table + "." + idColumn + dir;
    }
}
