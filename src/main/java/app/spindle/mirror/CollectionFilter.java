package app.spindle.mirror;

/**
 * What the collection page asks for: every field null means "any". {@code decade} is its first year
 * (1980 for the 1980s); {@code text} is matched against the search index.
 */
public record CollectionFilter(
        Long folderId,
        String formatSize,
        String genre,
        String style,
        Integer year,
        Integer decade,
        Long labelId,
        String country,
        Integer rating,
        String mediaCondition,
        String text,
        CollectionSort sort,
        boolean descending,
        int page,
        int pageSize) {

    public CollectionFilter {
        sort = sort == null ? CollectionSort.ADDED : sort;
        page = Math.max(page, 1);
        pageSize = pageSize <= 0 ? 50 : Math.min(pageSize, 500);
    }

    /** Everything, newest first, 50 a page. */
    public static CollectionFilter newestFirst() {
        return new CollectionFilter(null, null, null, null, null, null, null, null, null, null, null,
                CollectionSort.ADDED, true, 1, 50);
    }

    public CollectionFilter withSort(CollectionSort newSort, boolean newDescending) {
        return new CollectionFilter(folderId, formatSize, genre, style, year, decade, labelId, country, rating,
                mediaCondition, text, newSort, newDescending, page, pageSize);
    }
}
