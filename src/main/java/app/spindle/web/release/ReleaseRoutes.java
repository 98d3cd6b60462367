package app.spindle.web.release;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.match.TrackLinks;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.ErrorPages.NotFound;
import app.spindle.web.Params;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** The release page and its JSON twin, both read from the mirror only. */
public final class ReleaseRoutes implements RouteGroup {
    private final Templates templates;
    private final PageContext pages;
    private final ReleaseDetailsQuery releases;
    private final DiscogsClient discogs;
    private final TrackLinks links;

    public ReleaseRoutes(Templates templates, PageContext pages, ReleaseDetailsQuery releases, DiscogsClient discogs,
                         TrackLinks links) {
        this.templates = templates;
        this.pages = pages;
        this.releases = releases;
        this.discogs = discogs;
        this.links = links;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.RELEASE, this::show);
        routes.get(Paths.API_RELEASE, this::json);
        routes.get(Paths.RELEASE_MARKETPLACE, this::marketplace);
    }

    private ReleaseDetails find(Context ctx) {
        long id = Params.pathId(ctx, "id");
        return releases.find(id).orElseThrow(() -> new NotFound("Release " + id
                + " is not in your mirror. Spindle keeps the releases of your collection and wantlist; search Discogs to add it."));
    }

    private void show(Context ctx) {
        ReleaseDetails r = find(ctx);
        List<ReleaseDetailsQuery.RelatedPressing> others = r.masterId() == null ? List.of()
                : releases.otherPressings(r.id(), r.masterId());
        String artistLine = r.artists().isEmpty() ? r.artistCredit() : ReleaseLayout.artistLine(r.artists());
        ReleasePage page = new ReleasePage(
                pages.layout(ctx, artistLine + " – " + r.title(), ""),
                r,
                artistLine,
                ReleaseLayout.formatLines(r),
                ReleaseLayout.sides(r.tracklist()),
                ReleaseLayout.identifierGroups(r.identifiers()),
                ReleaseLayout.creditLines(r.credits()),
                others,
                r.coverFile() == null ? null : Paths.imageUrl(r.coverFile()),
                discogsUrl(r),
                links.forRelease(r.id()));
        templates.page(ctx, "release/show.jte", page);
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
            view = new MarketplaceView(id, null, DiscogsProblem.of(e).message());
        }
        templates.page(ctx, "release/marketplace.jte", view);
    }

    private void json(Context ctx) {
        ctx.json(find(ctx));
    }
}
