package app.spindle.mirror;

/** A label with its catalog number (kind {@code label}), a series or a company credited on a release. */
public record LabelRow(
        String kind,
        int position,
        long labelId,
        String name,
        String catno,
        String catnoKey,
        String entityType,
        String entityTypeName,
        String resourceUrl,
        String thumbnailUrl) {

    public static final String LABEL = "label";
    public static final String SERIES = "series";
    public static final String COMPANY = "company";
}
