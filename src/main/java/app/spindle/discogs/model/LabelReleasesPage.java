package app.spindle.discogs.model;

import java.util.List;

/** A page of a label's catalogue. */
public record LabelReleasesPage(DiscogsPagination pagination, List<DiscogsLabelRelease> releases) {
    public LabelReleasesPage {
        releases = releases == null ? List.of() : List.copyOf(releases);
    }
}
