package app.spindle.web.tracks;

import app.spindle.mirror.query.TrackHit;
import app.spindle.mirror.query.SpellingSuggestions;
import app.spindle.mirror.query.TrackSearch;
import app.spindle.web.BadRequest;
import app.spindle.web.DidYouMean;
import app.spindle.web.EmptyPage;
import app.spindle.web.PageContext;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.shelf.ItemText;
import app.spindle.web.HtmxRequest;
import app.spindle.web.shelf.ShelfParams;
import app.spindle.web.shelf.ShelfViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Every track of every mirrored record, searchable: which record has this track, and on which side? */
public final class TracksRoutes implements RouteGroup {
    static final int PER_PAGE = 100;
    static final int RECENT_RECORDS = 12;

    private final String basePath;
    private final Templates templates;
    private final PageContext pages;
    private final TrackSearch search;
    private final SpellingSuggestions spelling;

    public TracksRoutes(String basePath, Templates templates, PageContext pages, TrackSearch search,
                        SpellingSuggestions spelling) {
        this.basePath = basePath;
        this.spelling = spelling;
        this.templates = templates;
        this.pages = pages;
        this.search = search;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.TRACKS, this::tracks);
    }

    private void tracks(Context ctx) {
        String text = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (text.length() > ShelfParams.MAX_TEXT) {
            throw new BadRequest("Search text can be at most " + ShelfParams.MAX_TEXT + " characters long.");
        }
        int page = Params.page(ctx);
        HtmxRequest.varyByHtmx(ctx);
        boolean searched = !text.isEmpty();
        TrackSearch.TrackPage found = searched
                ? search.search(text, (page - 1) * PER_PAGE, PER_PAGE)
                : search.recent((page - 1) * RECENT_RECORDS, RECENT_RECORDS);
        if (!searched && page == 1 && found.hits().isEmpty() && !HtmxRequest.wantsFragment(ctx)) {
            templates.page(ctx, "empty.jte", new EmptyPage(pages.layout(ctx, "Tracks", "tracks"), "Tracks",
                    "Every track of every mirrored record: which record has this track, and on which side?",
                    List.of("Tracklists arrive with each record's details during a sync: connect your Discogs account in Settings.",
                            "Or try Spindle with made-up data: ./run.sh --demo")));
            return;
        }
        String action = basePath + Paths.TRACKS;
        String heading = searched
                ? (found.hits().isEmpty() ? "No tracks found" : "Tracks matching “" + text + "”")
                : "Tracks of your most recently added records";
        TrackResults results = new TrackResults(action, text, heading,
                found.hits().stream().map(this::row).toList(),
                page > 1 ? action + query(text, page - 1) : null,
                found.more() ? action + query(text, page + 1) : null, searched,
                searched && page == 1 && found.hits().isEmpty() ? didYouMean(text, action) : null);
        templates.pageOrFragment(ctx, new Templates.Fragment("partials/tracks/results.jte", results, results.heading(),
                action + query(text, page)), "tracks/index.jte", () -> new TracksPage(pages.layout(ctx, "Tracks", "tracks"), results));
    }

    private TrackResults.Row row(TrackHit hit) {
        String artist = hit.trackArtist() == null || hit.trackArtist().isBlank() ? hit.artist() : hit.trackArtist();
        return new TrackResults.Row("track-" + hit.releaseId() + "-" + (hit.position() == null ? "" : hit.position()),
                hit.position() == null ? "" : hit.position(), hit.side() == null ? "" : hit.side(), hit.title(),
                hit.duration() == null ? "" : hit.duration(), artist, hit.releaseTitle(), hit.artist(),
                hit.year() == null ? "" : hit.year().toString(), ShelfViews.coverUrl(hit.coverFile(), basePath),
                ItemText.initials(hit.artist(), hit.releaseTitle()), hit.copies(), hit.wanted(),
                basePath + Paths.withId(Paths.RELEASE, hit.releaseId()));
    }

    /** A spelling of the words typed that finds tracks, as a link; null when there is none. */
    private DidYouMean didYouMean(String text, String action) {
        return spelling.correction(text)
                .filter(corrected -> !search.search(corrected, 0, 1).hits().isEmpty())
                .map(corrected -> new DidYouMean(corrected, action + query(corrected, 1)))
                .orElse(null);
    }

    private static String query(String text, int page) {
        String q = text.isEmpty() ? "" : "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        String p = page > 1 ? "page=" + page : "";
        String joined = q.isEmpty() ? p : p.isEmpty() ? q : q + "&" + p;
        return joined.isEmpty() ? "" : "?" + joined;
    }

}
