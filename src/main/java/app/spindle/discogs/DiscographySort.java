package app.spindle.discogs;

/** The orders Discogs offers for an artist's releases ({@code sort=year|title|format}). */
public enum DiscographySort {
    YEAR("year"),
    TITLE("title"),
    FORMAT("format");

    private final String field;

    DiscographySort(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The sort a request parameter names; year (Discogs' default) for anything else. */
    public static DiscographySort of(String field) {
        for (DiscographySort sort : values()) {
            if (sort.field.equals(field)) {
                return sort;
            }
        }
        return YEAR;
    }
}
