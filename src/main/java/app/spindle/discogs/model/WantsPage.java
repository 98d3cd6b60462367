package app.spindle.discogs.model;

import java.util.List;

/** A page of the wantlist. */
public record WantsPage(DiscogsPagination pagination, List<DiscogsWant> wants) {
    public WantsPage {
        wants = wants == null ? List.of() : List.copyOf(wants);
    }
}
