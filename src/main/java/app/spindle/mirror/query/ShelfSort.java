package app.spindle.mirror.query;

/** How a shelf is ordered: one of the indexed orders, ascending or descending. */
public record ShelfSort(Key key, boolean descending) {
    public static final ShelfSort NEWEST_FIRST = new ShelfSort(Key.ADDED, true);
    /** The records the words fit best first; only for a filter with words (see {@link BestMatch}). */
    public static final ShelfSort BEST_MATCH = new ShelfSort(Key.RELEVANCE, false);

    /** What a shelf is ordered by when no order was chosen: the best matches first when words were typed. */
    public static ShelfSort defaultFor(ShelfFilter filter) {
        return filter.hasText() ? BEST_MATCH : NEWEST_FIRST;
    }

    /** Each order is backed by an index on the shelf table's copied sort columns. */
    public enum Key {
        ADDED("added", "i.added_at"),
        ARTIST("artist", "i.sort_artist", "i.sort_title"),
        TITLE("title", "i.sort_title"),
        YEAR("year", "i.year", "i.sort_artist"),
        RATING("rating", "i.rating", "i.added_at"),
        LABEL("label", "i.sort_label", "i.sort_catno"),
        // The wantlist by the newest price seen (latest_prices, by primary key); never seen or nothing for
        // sale counts as dearest, so ascending ends with them.
        PRICE("price", "coalesce((SELECT p.lowest_price FROM latest_prices p WHERE p.release_id = i.release_id), 1e300)",
                "i.sort_artist"),
        DROP("drop", "coalesce((SELECT p.lowest_price - p.week_ago_price FROM latest_prices p"
                + " WHERE p.release_id = i.release_id), 1e300)", "i.sort_artist"),
        // How well the typed words fit (bm25, lower is better), newest first among equals; it has no index of its own
        // and no meaning without words, so the shelf's memory index leaves it out.
        RELEVANCE("relevance", "s.relevance");

        private final String param;
        private final String[] columns;

        Key(String param, String... columns) {
            this.param = param;
            this.columns = columns;
        }

        public String param() {
            return param;
        }

        /** Prices are looked up for wants only. */
        public boolean appliesTo(Shelf shelf) {
            return shelf == Shelf.WANTLIST || (this != PRICE && this != DROP);
        }

        /** Whether this order ranks by the typed words rather than by the shelf's own columns. */
        public boolean ranksByWords() {
            return this == RELEVANCE;
        }
    }

    /** The ORDER BY list; the shelf's key last, so that pages never overlap or skip. */
    String orderBy(Shelf shelf) {
        if (key.ranksByWords()) {
            // the records whose artist or title hold the words first (see BestMatch)
            return "n.relevance IS NULL, n.relevance ASC, s.relevance ASC, i.added_at DESC, i." + shelf.key() + " DESC";
        }
        String direction = descending ? " DESC" : " ASC";
        StringBuilder sql = new StringBuilder();
        for (String column : key.columns) {
            sql.append(column).append(direction).append(", ");
        }
        return sql.append("i.").append(shelf.key()).append(direction).toString();
    }
}
