package app.spindle.web.match;

import app.spindle.web.HtmxRequest;
import app.spindle.match.VinylMatcher;
import app.spindle.match.TrackState;
import app.spindle.discogs.ApiCounters;
import app.spindle.match.BatchCounts;
import app.spindle.match.BatchRow;
import app.spindle.match.MatchedTrack;
import app.spindle.match.Matching;
import app.spindle.web.BadRequest;
import app.spindle.web.ErrorPages.NotFound;
import app.spindle.web.Params;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.Templates;
import app.spindle.web.Urls;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A batch's results page, its live progress fragment, and the bulk add-to-wantlist with its confirmation. */
final class BatchHandlers {
    static final int PER_PAGE = 25;
    /** The switch of the batch page a wantlist request sends the person back to: it says the wants are queued. */
    private static final String ASKED_FOR_WANTS = "wants-asked";

    private final Templates templates;
    private final PageContext pages;
    private final Matching matching;
    private final MirrorMarks marks;
    private final Supplier<ApiCounters> counters;
    private final String basePath;

    BatchHandlers(Templates templates, PageContext pages, Matching matching, MirrorMarks marks, Supplier<ApiCounters> counters,
                  String basePath) {
        this.templates = templates;
        this.pages = pages;
        this.matching = matching;
        this.marks = marks;
        this.counters = counters;
        this.basePath = basePath;
    }

    void show(Context ctx) {
        BatchRow batch = batch(ctx);
        TrackState state = StateFilter.parse(ctx.queryParam("state"));
        BatchCounts counts = matching.batches().counts(batch.id());
        int total = state == null ? counts.total() : count(counts, state);
        int pagesCount = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        int page = Params.page(ctx, pagesCount);
        List<MatchedTrack> tracks = matching.batches().tracks(batch.id(), state, (page - 1) * PER_PAGE, PER_PAGE);
        MirrorMarks.Marks known = marks.of(TrackRow.releaseIds(tracks));
        List<TrackRow> rows = tracks.stream().map(t -> TrackRow.of(t, known, new Urls(basePath), null, null)).toList();
        List<StateFilter> filters = new ArrayList<>();
        String batchPath = new Urls(basePath).url(Paths.matchBatch(batch.id()));
        filters.add(new StateFilter(null, StateFilter.label(null), counts.total(), state == null, batchPath));
        for (TrackState key : TrackState.values()) {
            int n = count(counts, key);
            if (n > 0 || key == state || StateFilter.ALWAYS_SHOWN.contains(key)) {
                filters.add(new StateFilter(key, StateFilter.label(key), n, key == state, batchPath + "?state=" + key.word()));
            }
        }
        String notice = Params.flag(ctx, ASKED_FOR_WANTS)
                ? "The wantlist additions are queued; they go to Discogs one by one, gently." : null;
        templates.page(ctx, "match/batch.jte", new BatchPage(pages.layout(ctx, batch.name(), "match"), batch, counts,
                progress(batch, counts), filters, state, rows, page, pagesCount, notice,
                matching.batches().confidentUnowned(batch.id()).size(),
                counts.matched() == 0 ? List.of() : BatchExports.links(batch.id(), basePath),
                counts.matched() == 0 ? null : BatchExports.allAsRekordbox(batch.id(), basePath)));
    }

    /** Polled by the page while the batch runs; once it is done, the page reloads itself to show every result. */
    void progress(Context ctx) {
        BatchRow batch = batch(ctx);
        ProgressView progress = progress(batch, matching.batches().counts(batch.id()));
        if (!progress.live() && HtmxRequest.isHtmx(ctx)) {
            ctx.header("HX-Refresh", "true");
        }
        templates.fragment(ctx, "match/progress.jte", progress, progress.announcement());
    }

    void confirmWants(Context ctx) {
        BatchRow batch = batch(ctx);
        List<MatchedTrack> tracks = matching.batches().confidentUnowned(batch.id());
        MirrorMarks.Marks known = marks.of(TrackRow.releaseIds(tracks));
        templates.page(ctx, "match/wants.jte", new WantsPage(pages.layout(ctx, "Add to wantlist", "match"), batch,
                tracks.stream().map(t -> TrackRow.of(t, known, new Urls(basePath), null, null)).toList()));
    }

    void addWants(Context ctx) {
        BatchRow batch = batch(ctx);
        List<Long> trackIds = new ArrayList<>();
        for (String raw : ctx.formParams("track")) {
            trackIds.add(Params.id(raw, "The tracks to add must be track ids."));
        }
        if (trackIds.isEmpty()) {
            throw new BadRequest("Choose at least one match to add to your wantlist.");
        }
        matching.batches().requestWants(batch.id(), trackIds);
        matching.worker().wake();
        ctx.redirect(basePath + Paths.matchBatch(batch.id()) + "?" + ASKED_FOR_WANTS + "=1", HttpStatus.SEE_OTHER);
    }

    private ProgressView progress(BatchRow batch, BatchCounts counts) {
        int pendingWants = matching.batches().pendingWants(batch.id());
        boolean running = batch.unfinished() && counts.pending() > 0;
        String eta = null;
        if (running) {
            ApiCounters api = counters.get();
            eta = ProgressView.words(matching.timing().estimate(batch.id(), counts.pending(), batch.matcherMode() == VinylMatcher.Mode.BACKGROUND,
                    api.limit() > 0 ? api.limit() : 60));
        }
        return new ProgressView(batch.id(), running, counts.matched(), counts.total(), eta, batch.requests(), pendingWants,
                new Urls(basePath));
    }

    private BatchRow batch(Context ctx) {
        long id = Params.pathId(ctx, "id");
        return matching.batches().batch(id).orElseThrow(() -> new NotFound("There is no match batch " + id + "."));
    }

    private static int count(BatchCounts c, TrackState state) {
        return switch (state) {
            case OWNED -> c.owned();
            case FOUND -> c.found();
            case AMBIGUOUS -> c.ambiguous();
            case NONE -> c.none();
            case PENDING -> c.pending();
            case FAILED -> c.failed();
        };
    }

}
