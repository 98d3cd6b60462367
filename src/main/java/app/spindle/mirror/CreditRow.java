package app.spindle.mirror;

/**
 * An artist credit on a release ({@code trackSeq} null) or on one track; kind is {@code main}
 * (artists[]) or {@code extra} (extraartists[]).
 */
public record CreditRow(
        Integer trackSeq,
        String kind,
        int position,
        long artistId,
        String name,
        String anv,
        String joinText,
        String role,
        String tracks,
        String resourceUrl,
        String thumbnailUrl) {

    public static final String MAIN = "main";
    public static final String EXTRA = "extra";
}
