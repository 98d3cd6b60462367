package app.spindle.web;

/** Which way a list runs: an artist's {@code order} parameter, and the {@code -asc}/{@code -desc} of a shelf's sort. */
public enum SortOrder {
    ASC, DESC;

    public static SortOrder of(boolean descending) {
        return descending ? DESC : ASC;
    }

    public boolean descending() {
        return this == DESC;
    }

    /** "asc" or "desc", as URLs carry it. */
    public String word() {
        return Params.lowerCase(this);
    }
}
