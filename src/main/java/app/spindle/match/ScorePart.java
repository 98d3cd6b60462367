package app.spindle.match;

/**
 * One reason in a {@link Score}: which field was compared, how much it counts, how alike the two
 * sides were (0 to 1) and a sentence for the UI ("catalog number PB 41447 matches exactly").
 */
public record ScorePart(String name, double weight, double similarity, String explanation) {

    public static final String CATALOG_NUMBER = "catalog number";
    public static final String BARCODE = "barcode";
    public static final String TRACK = "track";
    public static final String ARTIST = "artist";
    public static final String ALBUM = "album";
    public static final String YEAR = "year";
    public static final String LABEL = "label";
    public static final String VINYL = "vinyl";
}
