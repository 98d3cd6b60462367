package app.spindle.discogs.model;

import java.util.List;

/** A page of a collection folder, or the instances of one release. */
public record CollectionPage(DiscogsPagination pagination, List<DiscogsCollectionItem> releases) {
    public CollectionPage {
        releases = releases == null ? List.of() : List.copyOf(releases);
    }
}
