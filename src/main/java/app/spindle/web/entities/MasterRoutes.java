package app.spindle.web.entities;

import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.discogs.model.DiscogsListEntry;
import app.spindle.discogs.model.DiscogsMaster;
import app.spindle.discogs.model.DiscogsTrack;
import app.spindle.entities.EntityFetcher;
import app.spindle.mirror.EntityStore.Kind;
import app.spindle.mirror.query.EntityQuery;
import app.spindle.mirror.query.ListEntry;
import app.spindle.mirror.query.ListState;
import app.spindle.mirror.query.StoredEntity;
import app.spindle.web.BadRequest;
import app.spindle.web.Option;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** {@code /masters/{id}}: the work with all its versions, filtered and sorted from the mirror; refresh. */
public final class MasterRoutes extends EntityRoutes {
    static final String SECTION_ID = "versions";

    public MasterRoutes(EntityScreens screens, EntityFetcher fetcher, EntityQuery entities, String basePath) {
        super(screens, fetcher, entities, basePath);
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.MASTER, this::show);
        routes.get(Paths.MASTER_VERSIONS, this::versions);
        routes.post(Paths.MASTER_REFRESH, this::refresh);
    }

    private void show(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Filter filter = Filter.of(ctx);
        DiscogsMaster master = screens.documentOrProblem(ctx, "master", id, () -> fetcher.master(id));
        if (master == null) {
            return;
        }
        StoredEntity stored = entities.master(id).orElse(null);
        String cover = master.images().stream().map(DiscogsImage::uri).filter(u -> u != null && !u.isBlank())
                .findFirst().orElse(null);
        List<MasterPage.TrackLine> tracks = master.tracklist().stream().map(MasterRoutes::trackLine).toList();
        List<ListEntry> versions = versions(id, filter);
        screens.page(ctx, "entities/master.jte", new MasterPage(screens.layout(ctx, master.title()), id, master.title(),
                links(master.artists()), master.year() > 0 ? master.year() : null, cover,
                master.mainRelease() > 0 ? master.mainRelease() : null, master.genres(), master.styles(), tracks,
                screens.freshness(fetcher.connected(), stored == null ? null : Freshness.of(stored.fetchedAt(), null, screens.clock())),
                fetcher.connected() ? Paths.withId(Paths.MASTER_REFRESH, id) : null, "https://www.discogs.com/master/" + id,
                filter.view(versions.stream().map(ListEntry::row).toList()), stored(id, filter, versions, new ShownWindow(1))));
    }

    private void versions(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Filter filter = Filter.of(ctx);
        boolean more = Params.flag(ctx, "more");
        try {
            ListState state = entities.listState(Kind.MASTER, id, "");
            if (state.isEmpty() || more) {
                fetcher.nextMasterPage(id);
            }
        } catch (DiscogsException e) {
            screens.failedSection(ctx, SECTION_ID, "Versions", filter.url(id, false), e, basePath);
            return;
        }
        screens.section(ctx, stored(id, filter, versions(id, filter), ShownWindow.of(ctx)));
    }

    private void refresh(Context ctx) {
        long id = Params.pathId(ctx, "id");
        screens.refresh(ctx, () -> fetcher.refresh(Kind.MASTER, id), basePath + Paths.master(id));
    }

    /** The stored versions in the filter's order, read once a request: the filters' values and the section come from them. */
    private List<ListEntry> versions(long id, Filter filter) {
        return entities.entries(Kind.MASTER, id, "", filter.sort().word(), ShownWindow.MOST, 0);
    }

    private ListSection stored(long id, Filter filter, List<ListEntry> versions, ShownWindow window) {
        ListState state = entities.listState(Kind.MASTER, id, "");
        if (state.isEmpty()) {
            return fetcher.connected() ? ListSection.pending(SECTION_ID, "Versions", filter.url(id, false), basePath)
                    : ListSection.offline(SECTION_ID, "Versions", "the list of its versions", basePath);
        }
        List<EntryView> matching = versions.stream().filter(e -> filter.matches(e.row())).map(EntryView::of).toList();
        List<EntryView> shown = window.cut(matching);
        int owned = entities.ownedOfMaster(id);
        String summary = "You own " + owned + " of " + state.items() + (state.items() == 1 ? " version" : " versions")
                + (filter.isEmpty() ? "." : "; " + matching.size() + " match the filters.");
        String note = state.fromDump() ? "From the imported data dump."
                : (state.isComplete() ? "" : entriesStored(state) + " of " + state.items()
                + " loaded so far. ") + Freshness.of(state.fetchedAt(), null, screens.clock());
        return window.offerMore(new ListSection(SECTION_ID, "Versions", summary, note, shown, false, null,
                state.isComplete() || !fetcher.connected() ? null : filter.url(id, true), null, screens.folders(), basePath),
                matching.size(), filter.url(id, false));
    }

    static List<NameLink> links(List<DiscogsArtistCredit> credits) {
        List<NameLink> links = new ArrayList<>();
        for (int i = 0; i < credits.size(); i++) {
            DiscogsArtistCredit c = credits.get(i);
            links.add(new NameLink(c.creditedName(), c.id() > 0 ? Paths.artist(c.id()) : null,
                    i == credits.size() - 1 ? "" : NameLink.separator(c.join())));
        }
        return links;
    }

    private static MasterPage.TrackLine trackLine(DiscogsTrack t) {
        return new MasterPage.TrackLine(t.position(), t.title(), t.duration(), t.isHeading());
    }

    /** The versions' filters: format (any word of it), country, year and label, and the order. */
    private record Filter(String format, String country, String year, String label, VersionSort sort) {
        static Filter of(Context ctx) {
            return new Filter(text(ctx, "format"), text(ctx, "country"), text(ctx, "year"), text(ctx, "label"),
                    VersionSort.of(ctx.queryParam("sort")));
        }

        private static String text(Context ctx, String name) {
            String value = ctx.queryParam(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            if (value.length() > 100) {
                throw new BadRequest("The " + name + " filter takes at most 100 characters.");
            }
            return value.strip();
        }

        boolean isEmpty() {
            return format == null && country == null && year == null && label == null;
        }

        boolean matches(DiscogsListEntry e) {
            return (format == null || formats(e).contains(format))
                    && (country == null || country.equals(e.country()))
                    && (year == null || year.equals(e.year() == null ? null : String.valueOf(e.year())))
                    && (label == null || (e.label() != null && Arrays.asList(e.label().split(",\\s*")).contains(label)));
        }

        String url(long id, boolean more) {
            StringBuilder url = new StringBuilder(Paths.withId(Paths.MASTER_VERSIONS, id)).append("?sort=").append(sort.word());
            for (String[] p : new String[][] {{"format", format}, {"country", country}, {"year", year}, {"label", label}}) {
                if (p[1] != null) {
                    url.append('&').append(p[0]).append('=').append(EntityScreens.encode(p[1]));
                }
            }
            return url.append(more ? "&more=1" : "").toString();
        }

        MasterPage.VersionFilters view(List<DiscogsListEntry> all) {
            return new MasterPage.VersionFilters(VersionSort.options(sort), Option.of(values(all, Filter::formats), format),
                    Option.of(values(all, e -> e.country() == null ? List.of() : List.of(e.country())), country),
                    Option.of(values(all, e -> e.year() == null ? List.of() : List.of(String.valueOf(e.year()))), year),
                    Option.of(values(all, e -> e.label() == null ? List.of() : Arrays.asList(e.label().split(",\\s*"))), label));
        }

        private static List<String> formats(DiscogsListEntry e) {
            return e.format() == null ? List.of() : Arrays.stream(e.format().split(",\\s*")).map(String::strip).toList();
        }

        private static List<String> values(List<DiscogsListEntry> all, Function<DiscogsListEntry, List<String>> of) {
            Set<String> values = new TreeSet<>();
            all.forEach(e -> of.apply(e).stream().filter(v -> !v.isBlank()).forEach(values::add));
            return List.copyOf(values);
        }
    }
}
