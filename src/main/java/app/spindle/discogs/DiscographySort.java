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
}
