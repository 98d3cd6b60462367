package app.spindle.match;

import java.util.List;

/**
 * An artist credit taken apart: {@code main} is the whole main credit folded ("simon and garfunkel"),
 * {@code names} its single artists ("simon", "garfunkel"), {@code featured} the guests from
 * "feat." / "ft." / "featuring" / "with", kept so they can still help a match. All folded by
 * {@link TextNormalizer#fold}, leading "the" removed. {@code various} marks Discogs' "Various".
 */
public record ArtistCredit(String main, List<String> names, List<String> featured, boolean various) {

    public static final ArtistCredit NONE = new ArtistCredit("", List.of(), List.of(), false);

    public ArtistCredit {
        names = List.copyOf(names);
        featured = List.copyOf(featured);
    }

    public boolean isEmpty() {
        return main.isEmpty() && featured.isEmpty();
    }
}
