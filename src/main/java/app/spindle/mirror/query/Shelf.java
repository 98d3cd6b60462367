package app.spindle.mirror.query;

/**
 * The two lists a person browses: the copies they own and the releases they want. The table and key
 * column names are constants of this enum, never user input, so the dynamic SQL may name them.
 */
public enum Shelf {
    COLLECTION("collection_items", "instance_id"),
    WANTLIST("wants", "release_id");

    private final String table;
    private final String key;

    Shelf(String table, String key) {
        this.table = table;
        this.key = key;
    }

    /** "collection" or "wantlist", as in the pages' paths and CSS classes. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String table() {
        return table;
    }

    /** The column that names one entry: a copy's instance id, or the wanted release's id. */
    String key() {
        return key;
    }
}
