package app.spindle.discogs.model;

import java.util.List;

/** A page of a master's versions (filter facets are not kept). */
public record MasterVersionsPage(DiscogsPagination pagination, List<DiscogsMasterVersion> versions) {
    public MasterVersionsPage {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }
}
