package app.spindle.discogs;

/** How collection and wantlist pages are sorted: {@code field} is added, artist, title, catno, format, rating or year. */
public record ListOrder(String field, boolean descending) {
    public static final ListOrder NEWEST_FIRST = new ListOrder("added", true);
    public static final ListOrder OLDEST_FIRST = new ListOrder("added", false);

    public ListOrder {
        if (!java.util.Set.of("added", "artist", "title", "catno", "format", "rating", "year").contains(field)) {
            throw new IllegalArgumentException("cannot sort by " + field);
        }
    }

    String sortOrder() {
        return descending ? "desc" : "asc";
    }
}
