package app.spindle.web.match;

import app.spindle.discogs.DiscogsException;
import app.spindle.match.MatchResult;
import app.spindle.match.MatchedTrack;
import app.spindle.match.Matching;
import app.spindle.match.VinylMatcher;
import app.spindle.web.BadRequest;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.ErrorPages.NotFound;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.Templates;
import app.spindle.web.Urls;
import app.spindle.web.actions.UndoButton;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * What the buttons of a batch track do; each answers with the track's row, redrawn, for htmx to swap:
 * accept a candidate (a link), reject one, search again with edited fields, add one to the wantlist.
 */
final class TrackActions {
    private final Templates templates;
    private final Matching matching;
    private final MirrorMarks marks;
    private final LongConsumer addWant;
    private final String basePath;

    /** @param addWant adds a release to the wantlist on Discogs, then the mirror, in the interactive lane */
    TrackActions(Templates templates, Matching matching, MirrorMarks marks, LongConsumer addWant, String basePath) {
        this.templates = templates;
        this.matching = matching;
        this.marks = marks;
        this.addWant = addWant;
        this.basePath = basePath;
    }

    void accept(Context ctx) {
        MatchedTrack track = track(ctx);
        long releaseId = Params.id(ctx.formParam("release"), "Say which release: release=<a Discogs release id>.");
        Long before = track.acceptedReleaseId();
        if (!matching.links().accept(track.id(), releaseId)) {
            throw new BadRequest("Release " + releaseId + " is not a candidate of this track.");
        }
        // Undo goes back to what was linked before: the earlier candidate, or nothing.
        UndoButton undo = before == null ? UndoButton.of(url(track, "unlink"), Map.of())
                : UndoButton.of(url(track, "accept"), Map.of("release", Long.toString(before)));
        row(ctx, track.id(), "Linked: it shows on the release page.", null, undo);
    }

    void reject(Context ctx) {
        MatchedTrack track = track(ctx);
        long releaseId = Params.id(ctx.formParam("release"), "Say which release: release=<a Discogs release id>.");
        if (track.candidates().stream().noneMatch(c -> c.releaseId() == releaseId)) {
            throw new BadRequest("Release " + releaseId + " is not a candidate of this track.");
        }
        matching.batches().rejectCandidate(track.id(), releaseId);
        row(ctx, track.id(), "Rejected release " + releaseId + ".", null,
                UndoButton.of(url(track, "unreject"), Map.of("release", Long.toString(releaseId))));
    }

    /** Takes back an accepted match: the track keeps its candidates, the release page no longer lists it. */
    void unlink(Context ctx) {
        MatchedTrack track = track(ctx);
        Long linked = track.acceptedReleaseId();
        if (linked == null) {
            throw new BadRequest("This track is not linked to a release.");
        }
        matching.links().unlink(track.id());
        row(ctx, track.id(), "Unlinked from release " + linked + ".", null,
                UndoButton.of(url(track, "accept"), Map.of("release", Long.toString(linked))));
    }

    void unreject(Context ctx) {
        MatchedTrack track = track(ctx);
        long releaseId = Params.id(ctx.formParam("release"), "Say which release: release=<a Discogs release id>.");
        matching.batches().restoreCandidate(track.id(), releaseId);
        row(ctx, track.id(), "Release " + releaseId + " is a candidate again.", null);
    }

    private String url(MatchedTrack track, String action) {
        return basePath + Paths.matchTrack(track.id(), action);
    }

    void searchAgain(Context ctx) {
        MatchedTrack track = track(ctx);
        MatchForm form = MatchForm.from(ctx::formParam);
        if (form.isEmpty()) {
            throw new BadRequest("Give at least an artist, a title, an album or a catalog number.");
        }
        var edited = form.track().withSource(track.track().source());
        matching.batches().editTrack(track.id(), edited);
        MatchResult result = matching.matcher().match(edited, VinylMatcher.Mode.INTERACTIVE);
        matching.batches().saveResult(track.id(), result);
        if (result.failure() != null) {
            ctx.status(DiscogsProblem.of(result.failure()).actionStatus());
        }
        row(ctx, track.id(), result.candidates().isEmpty() ? "Still nothing fits." : null,
                result.failure() == null ? null : "Discogs could not be asked: " + DiscogsProblem.of(result.failure()).message());
    }

    void want(Context ctx) {
        MatchedTrack track = track(ctx);
        long releaseId = Params.id(ctx.formParam("release"), "Say which release: release=<a Discogs release id>.");
        if (track.candidates().stream().noneMatch(c -> c.releaseId() == releaseId)) {
            throw new BadRequest("Release " + releaseId + " is not a candidate of this track.");
        }
        try {
            addWant.accept(releaseId);
            matching.batches().wantDone(releaseId, null);
            row(ctx, track.id(), "Added to your wantlist.", null);
        } catch (DiscogsException e) {
            DiscogsProblem problem = DiscogsProblem.of(e);
            ctx.status(problem.actionStatus());
            row(ctx, track.id(), null, "Discogs refused: " + problem.message());
        }
    }

    private void row(Context ctx, long trackId, String message, String error) {
        row(ctx, trackId, message, error, null);
    }

    private void row(Context ctx, long trackId, String message, String error, UndoButton undo) {
        MatchedTrack now = matching.batches().track(trackId).orElseThrow();
        MirrorMarks.Marks known = marks.of(TrackRow.releaseIds(java.util.List.of(now)));
        templates.fragment(ctx, "match/track.jte", TrackRow.of(now, known, new Urls(basePath), message, error, undo),
                message);
    }

    private MatchedTrack track(Context ctx) {
        long id = Params.pathId(ctx, "id");
        return matching.batches().track(id).orElseThrow(() -> new NotFound("There is no matched track " + id + "."));
    }

}
