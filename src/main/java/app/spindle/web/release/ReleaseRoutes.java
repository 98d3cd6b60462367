package app.spindle.web.release;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.match.TrackLinks;
import app.spindle.prices.PriceHistory;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.mirror.query.ReleaseImages;
import app.spindle.entities.EntityFetcher;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.entities.EntityScreens;
import app.spindle.web.entities.Freshness;
import app.spindle.web.ErrorPages.NotFound;
import app.spindle.web.Layout;
import app.spindle.web.Params;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** The release page and its JSON twin, both read from the mirror only. */
public final class ReleaseRoutes implements RouteGroup {
    private final Templates templates;
    private final PageContext pages;
    private final ReleaseDetailsQuery releases;
    private final DiscogsClient discogs;
    private final TrackLinks links;
    private final EntityFetcher fetcher;
    private final EntityScreens screens;
    private final ReleaseActionRoutes edits;
    private final PriceHistory prices;
    private final ReleaseImages images;

    public ReleaseRoutes(Templates templates, PageContext pages, ReleaseDetailsQuery releases, DiscogsClient discogs,
                         TrackLinks links, EntityFetcher fetcher, EntityScreens screens, ReleaseActionRoutes edits,
                         PriceHistory prices, ReleaseImages images) {
        this.images = images;
        this.edits = edits;
        this.prices = prices;
        this.templates = templates;
        this.pages = pages;
        this.releases = releases;
        this.discogs = discogs;
        this.links = links;
        this.fetcher = fetcher;
        this.screens = screens;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.RELEASE, this::show);
        routes.get(Paths.API_RELEASE, this::json);
        routes.get(Paths.RELEASE_MARKETPLACE, this::marketplace);
        routes.post(Paths.RELEASE_REFRESH, this::refresh);
    }

    private ReleaseDetails find(Context ctx) {
        long id = Params.pathId(ctx, "id");
        return releases.find(id).orElseThrow(() -> new NotFound("Release " + id
                + " is not in your mirror. Spindle keeps the releases of your collection and wantlist; search Discogs to add it."));
    }

    /** Any release: the mirrored one, or fetched now (person lane) and kept as browsed. */
    private void show(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Optional<ReleaseDetails> mirrored = releases.find(id);
        if (!fetcher.connected() && mirrored.isEmpty()) {
            screens.problem(ctx, 404, "Release " + id + " is not in your mirror",
                    "Spindle keeps your collection and wantlist; connect your Discogs account in Settings to open any other release.",
                    Paths.SETTINGS, "Connect Discogs");
            return;
        }
        ReleaseDetails r = screens.documentOrProblem(ctx, "release", id,
                () -> fetcher.release(id, mirrored).orElseThrow(() -> new DiscogsException.NotFound("no release " + id)));
        if (r == null) {
            return;
        }
        List<ReleaseDetailsQuery.RelatedPressing> others = r.masterId() == null ? List.of()
                : releases.otherPressings(r.id(), r.masterId());
        String artistLine = r.artists().isEmpty() ? r.artistCredit() : ReleaseLayout.artistLine(r.artists());
        String freshness = r.detailsFetchedAt() == null ? null
                : Freshness.of(r.detailsFetchedAt(), null, screens.clock());
        Layout layout = pages.layout(ctx, artistLine + " – " + r.title(), "");
        List<ReleaseImages.Image> pictures = images.of(r.id());
        ReleasePage page = new ReleasePage(
                layout,
                r,
                artistLine,
                ReleaseLayout.artistLinks(r.artists()),
                ReleaseLayout.formatLines(r),
                ReleaseLayout.sides(r.tracklist()),
                ReleaseLayout.identifierGroups(r.identifiers()),
                ReleaseLayout.creditLines(r.credits()),
                others,
                GalleryPicture.coverUrl(r.id(), pictures, r.coverFile()),
                GalleryPicture.of(r.id(), pictures, r.coverFile()),
                discogsUrl(r),
                links.forRelease(r.id()),
                freshness,
                edits.view(r, null, null));
        templates.page(ctx, "release/show.jte", page);
    }

    private void refresh(Context ctx) {
        long id = Params.pathId(ctx, "id");
        screens.refresh(ctx, () -> fetcher.refreshRelease(id), pages.layout(ctx, "", "").basePath() + Paths.release(id));
    }

    private static String discogsUrl(ReleaseDetails r) {
        if (r.uri() != null && r.uri().startsWith("https://www.discogs.com/")) {
            return r.uri();
        }
        return "https://www.discogs.com/release/" + r.id();
    }

    /** Asked for on demand only: each look costs one request against the rate limit. */
    private void marketplace(Context ctx) {
        long id = Params.pathId(ctx, "id");
        MarketplaceView view;
        try {
            view = MarketplaceView.of(id, discogs.marketplaceStats(id));
        } catch (DiscogsException e) {
            DiscogsProblem problem = DiscogsProblem.of(e);
            ctx.status(problem.actionStatus());
            view = new MarketplaceView(id, null, problem.message());
        }
        templates.fragment(ctx, "release/marketplace.jte", view, view.summary());
    }

    private void json(Context ctx) {
        ReleaseDetails release = find(ctx);
        ctx.json(ReleaseJson.of(release, prices.latest(release.id()).orElse(null)));
    }
}
