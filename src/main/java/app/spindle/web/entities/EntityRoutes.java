package app.spindle.web.entities;

import app.spindle.entities.EntityFetcher;
import app.spindle.mirror.query.EntityQuery;
import app.spindle.mirror.query.ListState;
import app.spindle.web.RouteGroup;

/** What the artist, label and master pages are built from: the screens they share, Discogs through the fetcher, the mirror. */
abstract sealed class EntityRoutes implements RouteGroup permits ArtistRoutes, LabelRoutes, MasterRoutes {
    protected final EntityScreens screens;
    protected final EntityFetcher fetcher;
    protected final EntityQuery entities;
    protected final String basePath;

    EntityRoutes(EntityScreens screens, EntityFetcher fetcher, EntityQuery entities, String basePath) {
        this.screens = screens;
        this.fetcher = fetcher;
        this.entities = entities;
        this.basePath = basePath;
    }

    /** How many entries of a list the mirror holds: every one of a dump's, else the pages fetched so far. */
    static int entriesStored(ListState state) {
        return state.fromDump() ? state.items() : Math.min(state.items(), state.pagesStored() * EntityFetcher.PAGE_SIZE);
    }
}
