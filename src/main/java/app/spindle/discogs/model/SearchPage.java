package app.spindle.discogs.model;

import java.util.List;

/** A page of database search results. */
public record SearchPage(DiscogsPagination pagination, List<DiscogsSearchResult> results) {
    public SearchPage {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
