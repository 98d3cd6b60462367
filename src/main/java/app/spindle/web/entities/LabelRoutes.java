package app.spindle.web.entities;

import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.discogs.model.DiscogsLabel;
import app.spindle.entities.EntityFetcher;
import app.spindle.mirror.EntityStore.Kind;
import app.spindle.mirror.query.EntityQuery;
import app.spindle.mirror.query.ListState;
import app.spindle.mirror.query.StoredEntity;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** {@code /labels/{id}}: the page (at most one request), its catalogue by catalog number with completion, refresh. */
public final class LabelRoutes extends EntityRoutes {
    static final String SECTION_ID = "catalogue";
    private static final int MAX_SHOWN = ShownWindow.MOST;

    public LabelRoutes(EntityScreens screens, EntityFetcher fetcher, EntityQuery entities, String basePath) {
        super(screens, fetcher, entities, basePath);
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.LABEL, this::show);
        routes.get(Paths.LABEL_CATALOGUE, this::catalogue);
        routes.post(Paths.LABEL_REFRESH, this::refresh);
    }

    private void show(Context ctx) {
        long id = Params.pathId(ctx, "id");
        boolean missingOnly = Params.flag(ctx, "missing");
        DiscogsLabel label = screens.documentOrProblem(ctx, "label", id, () -> fetcher.label(id));
        if (label == null) {
            return;
        }
        StoredEntity stored = entities.label(id).orElse(null);
        boolean connected = fetcher.connected();
        String freshness = screens.freshness(connected, stored == null ? null
                : Freshness.of(stored.fetchedAt(), stored.dumpDate(), screens.clock()));
        String image = label.images().stream().map(DiscogsImage::uri150).filter(u -> u != null && !u.isBlank())
                .findFirst().orElse(null);
        String discogsUrl = label.uri() != null && label.uri().startsWith("https://www.discogs.com/") ? label.uri()
                : "https://www.discogs.com/label/" + id;
        screens.page(ctx, "entities/label.jte", new LabelPage(screens.layout(ctx, label.name()), id, label.name(),
                label.profile(), label.contactInfo(), image, label.parentLabel(), label.sublabels(), label.urls(),
                Yours.of(entities.ownedOrWantedOnLabel(id, Yours.SHOWN + 1),
                        Paths.COLLECTION + "?label=" + id, "All of " + label.name() + " in your collection"),
                freshness, connected ? Paths.withId(Paths.LABEL_REFRESH, id) : null, discogsUrl,
                Paths.label(id), Paths.label(id) + "?missing=1", missingOnly, stored(id, missingOnly, false, new ShownWindow(1))));
    }

    private void catalogue(Context ctx) {
        long id = Params.pathId(ctx, "id");
        boolean missingOnly = Params.flag(ctx, "missing");
        boolean all = Params.flag(ctx, "all");
        boolean more = Params.flag(ctx, "more");
        try {
            ListState state = entities.listState(Kind.LABEL, id, "");
            if (state.isEmpty() || more || all) {
                fetcher.nextLabelPage(id);
            }
        } catch (DiscogsException e) {
            screens.failedSection(ctx, SECTION_ID, "Catalogue", url(id, missingOnly, false), e, basePath);
            return;
        }
        screens.section(ctx, stored(id, missingOnly, all, ShownWindow.of(ctx)));
    }

    private void refresh(Context ctx) {
        long id = Params.pathId(ctx, "id");
        screens.refresh(ctx, () -> fetcher.refresh(Kind.LABEL, id), basePath + Paths.label(id));
    }

    /**
     * The catalogue by catalog number, from the mirror alone, with "you own 37 of 120". Discogs lists a label's
     * releases in its own order and cannot sort them, so until every page is stored the order is only among
     * those loaded, and the note says so. "Load all" stores the rest one page per request, each answer asking
     * for the next ({@code loadingAll}), so no request waits on more than one call to Discogs, the person lane
     * paces them, and leaving the page stops it; it is offered up to the {@value #MAX_SHOWN} entries a page shows.
     */
    private ListSection stored(long id, boolean missingOnly, boolean loadingAll, ShownWindow window) {
        ListState state = entities.listState(Kind.LABEL, id, "");
        if (state.isEmpty()) {
            return fetcher.connected() ? ListSection.pending(SECTION_ID, "Catalogue", url(id, missingOnly, false), basePath)
                    : ListSection.offline(SECTION_ID, "Catalogue", "its catalogue", basePath);
        }
        List<EntryView> listed = entities.entries(Kind.LABEL, id, "", "catno", MAX_SHOWN, 0).stream()
                .filter(e -> !missingOnly || e.owned() == 0)
                .map(EntryView::of).toList();
        List<EntryView> entries = window.cut(listed);
        int owned = entities.ownedOnLabel(id);
        String summary = "You own " + owned + " of " + state.items() + (state.items() == 1 ? " release" : " releases")
                + " on this label" + (missingOnly ? "; the " + listed.size() + " you miss" + (state.isComplete() ? "" : " so far")
                + " are listed." : ".");
        int loaded = entriesStored(state);
        String note = state.fromDump() ? "From the imported data dump; sorted by catalog number."
                : (state.isComplete() ? "Sorted by catalog number. " : "Sorted by catalog number among the " + loaded + " of "
                + state.items() + " loaded so far: Discogs lists a label in its own order, so one not loaded yet may "
                + "belong anywhere" + (state.items() <= MAX_SHOWN ? "; load them all for the complete order. " : ". "))
                + Freshness.of(state.fetchedAt(), null, screens.clock());
        boolean more = !state.isComplete() && fetcher.connected();
        boolean goOn = more && loadingAll && state.items() <= MAX_SHOWN;
        int requestsLeft = state.pages() - state.pagesStored();
        ListSection section = new ListSection(SECTION_ID, "Catalogue", summary, note, entries, goOn, goOn ? url(id, missingOnly, false) + "&all=1" : null,
                more && !goOn ? url(id, missingOnly, true) : null, null, screens.folders(), basePath,
                more && state.items() <= MAX_SHOWN ? url(id, missingOnly, false) + "&all=1" : null,
                "Load all " + state.items() + " (" + requestsLeft + (requestsLeft == 1 ? " request" : " more requests") + " to Discogs)");
        return goOn ? section : window.offerMore(section, listed.size(), url(id, missingOnly, false));
    }

    private static String url(long id, boolean missingOnly, boolean more) {
        return Paths.withId(Paths.LABEL_CATALOGUE, id) + "?missing=" + (missingOnly ? "1" : "0") + (more ? "&more=1" : "");
    }
}
