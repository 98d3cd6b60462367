package app.spindle.mirror.query;

/**
 * How much of a Discogs list the mirror holds: pages fetched of {@code pages}, {@code items} in all, and
 * the oldest page's fetch time. {@code fromDump}: the list is read from an imported data dump instead.
 */
public record ListState(int pagesStored, int pages, int items, String fetchedAt, boolean fromDump) {
    public static final ListState NONE = new ListState(0, 0, 0, null, false);

    public boolean isEmpty() {
        return pagesStored == 0 && !fromDump;
    }

    public boolean isComplete() {
        return fromDump || (pagesStored > 0 && pagesStored >= pages);
    }

    public int nextPage() {
        return pagesStored + 1;
    }
}
