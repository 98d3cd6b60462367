package app.spindle.web.entities;

import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.DiscographySort;
import app.spindle.discogs.model.DiscogsArtist;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.entities.EntityFetcher;
import app.spindle.mirror.EntityStore.Kind;
import app.spindle.mirror.query.EntityQuery;
import app.spindle.mirror.query.ListState;
import app.spindle.mirror.query.StoredEntity;
import app.spindle.web.Params;
import app.spindle.web.SortOrder;
import app.spindle.web.Paths;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** {@code /artists/{id}}: the page (at most one request), its discography fragment (one page a request), refresh. */
public final class ArtistRoutes extends EntityRoutes {
    static final String SECTION_ID = "discography";

    public ArtistRoutes(EntityScreens screens, EntityFetcher fetcher, EntityQuery entities, String basePath) {
        super(screens, fetcher, entities, basePath);
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.ARTIST, this::show);
        routes.get(Paths.ARTIST_DISCOGRAPHY, this::discography);
        routes.post(Paths.ARTIST_REFRESH, this::refresh);
    }

    private void show(Context ctx) {
        long id = Params.pathId(ctx, "id");
        DiscographySort sort = sort(ctx);
        boolean descending = descending(ctx);
        DiscogsArtist artist = screens.documentOrProblem(ctx, "artist", id, () -> fetcher.artist(id));
        if (artist == null) {
            return;
        }
        StoredEntity stored = entities.artist(id).orElse(null);
        boolean connected = fetcher.connected();
        String freshness = screens.freshness(connected, stored == null ? null
                : Freshness.of(stored.fetchedAt(), stored.dumpDate(), screens.clock()));
        String image = artist.images().stream().map(DiscogsImage::uri150).filter(u -> u != null && !u.isBlank())
                .findFirst().orElse(null);
        String discogsUrl = artist.uri() != null && artist.uri().startsWith("https://www.discogs.com/") ? artist.uri()
                : "https://www.discogs.com/artist/" + id;
        screens.page(ctx, "entities/artist.jte", new ArtistPage(screens.layout(ctx, artist.name()), id, artist.name(),
                artist.realname(), artist.profile(), image, artist.aliases(), artist.members(), artist.groups(),
                artist.namevariations(), Yours.of(entities.ownedOrWantedByArtist(id, Yours.SHOWN + 1),
                        Paths.COLLECTION + "?q=" + EntityScreens.encode(artist.name()),
                        "Find " + artist.name() + " in your collection"), freshness,
                connected ? Paths.withId(Paths.ARTIST_REFRESH, id) : null, discogsUrl, sorts(id, sort, descending),
                stored(id, sort, descending, new ShownWindow(1))));
    }

    private void discography(Context ctx) {
        long id = Params.pathId(ctx, "id");
        DiscographySort sort = sort(ctx);
        boolean descending = descending(ctx);
        boolean more = Params.flag(ctx, "more");
        try {
            ListState state = entities.listState(Kind.ARTIST, id, EntityFetcher.artistListKey(sort, descending));
            if (state.isEmpty() || more) {
                fetcher.nextArtistPage(id, sort, descending);
            }
        } catch (DiscogsException e) {
            screens.failedSection(ctx, SECTION_ID, "Discography", url(id, sort, descending, false), e, basePath);
            return;
        }
        screens.section(ctx, stored(id, sort, descending, ShownWindow.of(ctx)));
    }

    private void refresh(Context ctx) {
        long id = Params.pathId(ctx, "id");
        screens.refresh(ctx, () -> fetcher.refresh(Kind.ARTIST, id), basePath + Paths.artist(id));
    }

    /** The discography from the mirror alone: pending (asked for by htmx) while nothing is stored. */
    private ListSection stored(long id, DiscographySort sort, boolean descending, ShownWindow window) {
        String key = EntityFetcher.artistListKey(sort, descending);
        ListState state = entities.listState(Kind.ARTIST, id, key);
        if (state.isEmpty()) {
            return fetcher.connected() ? ListSection.pending(SECTION_ID, "Discography", url(id, sort, descending, false), basePath)
                    : ListSection.offline(SECTION_ID, "Discography", "their discography", basePath);
        }
        List<EntryView> entries = entities.entries(Kind.ARTIST, id, key, "position", window.limit(), 0).stream()
                .map(EntryView::of).toList();
        int stored = entriesStored(state);
        String summary = state.items() + (state.items() == 1 ? " entry" : " entries")
                + (state.fromDump() ? " in the imported data dump" : " on Discogs")
                + (entries.size() == state.items() ? "" : ", " + entries.size() + " shown");
        String note = state.fromDump() ? null : Freshness.of(state.fetchedAt(), null, screens.clock());
        return window.offerMore(new ListSection(SECTION_ID, "Discography", summary, note, entries, false, null,
                state.isComplete() || !fetcher.connected() ? null : url(id, sort, descending, true), null, screens.folders(),
                basePath), stored, url(id, sort, descending, false));
    }

    private static DiscographySort sort(Context ctx) {
        return Params.word(ctx.queryParam("sort"), DiscographySort.values(), DiscographySort::field, DiscographySort.YEAR,
                "Sort the discography by year, title or format.");
    }

    private static boolean descending(Context ctx) {
        return Params.word(ctx.queryParam("order"), SortOrder.values(), SortOrder.ASC, "The order is asc or desc.").descending();
    }

    private static String url(long id, DiscographySort sort, boolean descending, boolean more) {
        return Paths.withId(Paths.ARTIST_DISCOGRAPHY, id) + "?sort=" + sort.field() + "&order=" + SortOrder.of(descending).word()
                + (more ? "&more=1" : "");
    }

    private static List<ArtistPage.SortOption> sorts(long id, DiscographySort current, boolean descending) {
        List<ArtistPage.SortOption> options = new ArrayList<>();
        options.add(option(id, "Oldest first", DiscographySort.YEAR, false, current, descending));
        options.add(option(id, "Newest first", DiscographySort.YEAR, true, current, descending));
        options.add(option(id, "Title", DiscographySort.TITLE, false, current, descending));
        options.add(option(id, "Format", DiscographySort.FORMAT, false, current, descending));
        return options;
    }

    private static ArtistPage.SortOption option(long id, String label, DiscographySort sort, boolean desc,
                                                DiscographySort current, boolean currentDesc) {
        return new ArtistPage.SortOption(label, Paths.artist(id) + "?sort=" + sort.field() + "&order=" + SortOrder.of(desc).word(),
                sort == current && desc == currentDesc);
    }
}
