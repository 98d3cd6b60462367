package app.spindle.web.match;

import app.spindle.config.Config;
import app.spindle.discogs.ApiCounters;
import app.spindle.match.Matching;
import app.spindle.playlists.BatchPlaylists;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import app.spindle.match.PressingDetails;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.mirror.query.OwnershipQuery;

/**
 * Matching digital tracks to vinyl: the match page, bulk batches and their results, the track actions
 * and {@code /api/match}. Pages read the database only; matching a batch is the worker's job.
 */
public final class MatchRoutes implements RouteGroup {
    private final MatchPageHandlers page;
    private final BatchHandlers batches;
    private final TrackActions actions;
    private final MatchApi api;
    private final BatchExports exports;

    /**
     * @param addWant   adds a release to the wantlist, Discogs first (interactive lane)
     * @param connected whether a Discogs account is connected
     */
    public MatchRoutes(Templates templates, PageContext pages, Matching matching, LongConsumer addWant, MirrorReads reads,
                       Supplier<ApiCounters> counters, BooleanSupplier connected, Config config) {
        MirrorMarks marks = new MirrorMarks(new OwnershipQuery(reads), new PressingDetails(reads));
        this.page = new MatchPageHandlers(templates, pages, matching, marks, connected, config.maxUploadBytes(), config.basePath());
        this.batches = new BatchHandlers(templates, pages, matching, marks, counters, config.basePath());
        this.actions = new TrackActions(templates, matching, marks, addWant, config.basePath());
        this.api = new MatchApi(matching);
        this.exports = new BatchExports(matching, new BatchPlaylists(reads));
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.MATCH, page::show);
        routes.post(Paths.MATCH_BATCHES, page::create);
        routes.get(Paths.MATCH_BATCH, batches::show);
        routes.get(Paths.MATCH_BATCH_PROGRESS, batches::progress);
        routes.get(Paths.MATCH_BATCH_WANTS, batches::confirmWants);
        routes.post(Paths.MATCH_BATCH_WANTS, batches::addWants);
        routes.get(Paths.MATCH_BATCH_PLAYLIST, exports::download);
        routes.post(Paths.MATCH_TRACK_ACCEPT, actions::accept);
        routes.post(Paths.MATCH_TRACK_REJECT, actions::reject);
        routes.post(Paths.MATCH_TRACK_UNLINK, actions::unlink);
        routes.post(Paths.MATCH_TRACK_UNREJECT, actions::unreject);
        routes.post(Paths.MATCH_TRACK_SEARCH, actions::searchAgain);
        routes.post(Paths.MATCH_TRACK_WANT, actions::want);
        routes.get(Paths.API_MATCH, api::match);
    }
}
