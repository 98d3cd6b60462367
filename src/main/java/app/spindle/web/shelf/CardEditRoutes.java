package app.spindle.web.shelf;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.Action;
import app.spindle.actions.CopyValues;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.mirror.query.FolderChoices;
import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfItem;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.web.BadRequest;
import app.spindle.web.ErrorPages;
import app.spindle.web.ErrorPages.NotFound;
import app.spindle.web.Option;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.actions.Settled;
import app.spindle.web.actions.UndoButton;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The edits a shelf card offers in place: a copy's rating, folder and removal (with Undo), a want's rating and
 * notes. Each goes through the action queue; the card comes back as the mirror now shows it, and a refusal is a
 * 409 with the reason, swapped into the card's edit form so the card stays.
 */
public final class CardEditRoutes implements RouteGroup {
    private final String basePath;
    private final Templates templates;
    private final ShelfReader reader;
    private final ShelfViews views;
    private final AccountEdits edits;
    private final FolderChoices folders;
    private final Duration wait;

    public CardEditRoutes(String basePath, Templates templates, ShelfReader reader, ShelfViews views, AccountEdits edits,
                          FolderChoices folders, Duration wait) {
        this.basePath = basePath;
        this.templates = templates;
        this.reader = reader;
        this.views = views;
        this.edits = edits;
        this.folders = folders;
        this.wait = wait;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.COLLECTION_COPY_EDIT, this::editCopy);
        routes.post(Paths.COLLECTION_COPY, this::saveCopy);
        routes.post(Paths.COLLECTION_COPY_REMOVE, this::removeCopy);
        routes.post(Paths.COLLECTION_COPY_RESTORE, this::restoreCopy);
        routes.get(Paths.WANTLIST_EDIT, this::editWant);
        routes.post(Paths.WANTLIST_SAVE, this::saveWant);
    }

    private void editCopy(Context ctx) {
        ShelfItem copy = item(Shelf.COLLECTION, Params.pathId(ctx, "id"));
        templates.page(ctx, "partials/shelf/edit-form.jte", new CardEdit("copy-" + copy.key(), copy.title(), view(ctx),
                url(Paths.COLLECTION_COPY, copy.key()), url(Paths.COLLECTION_COPY_REMOVE, copy.key()), Option.ratings(copy.rating()),
                Option.folders(folders.list(), copy.folderId() == null ? DiscogsFolder.UNCATEGORIZED : copy.folderId()), false, null));
    }

    private void editWant(Context ctx) {
        ShelfItem want = item(Shelf.WANTLIST, Params.pathId(ctx, "id"));
        templates.page(ctx, "partials/shelf/edit-form.jte", new CardEdit("want-" + want.key(), want.title(), view(ctx),
                url(Paths.WANTLIST_SAVE, want.key()), null, Option.ratings(want.rating()), List.of(), true,
                want.notes() == null ? "" : want.notes()));
    }

    private void saveCopy(Context ctx) {
        ShelfItem copy = item(Shelf.COLLECTION, Params.pathId(ctx, "id"));
        List<Action> submitted = new ArrayList<>();
        int rating = Params.rating(ctx.formParam("rating"));
        if (ctx.formParam("rating") != null && rating != copy.rating()) {
            submitted.add(edits.rateCopy(copy.key(), rating));
        }
        long folder = Params.folder(ctx.formParam("folder"), copy.folderId() == null ? 1 : copy.folderId());
        if (copy.folderId() == null || folder != copy.folderId()) {
            submitted.add(edits.moveCopy(copy.key(), folder));
        }
        card(ctx, Shelf.COLLECTION, copy, Settled.await(edits.queue(), submitted, wait), "Saved on Discogs.");
    }

    private void saveWant(Context ctx) {
        ShelfItem want = item(Shelf.WANTLIST, Params.pathId(ctx, "id"));
        String notes = ctx.formParam("notes");
        Action action = edits.editWant(want.key(), notes == null ? want.notes() : notes, Params.rating(ctx.formParam("rating")));
        card(ctx, Shelf.WANTLIST, want, Settled.await(edits.queue(), List.of(action), wait), "Saved your want on Discogs.");
    }

    /** The card as the mirror shows it now, in place of the one that was edited; the reason alone when refused. */
    private void card(Context ctx, Shelf shelf, ShelfItem item, Settled settled, String done) {
        if (settled.failed()) {
            ctx.status(409);
            ErrorPages.alert(ctx, settled.error());
            return;
        }
        String domId = (shelf == Shelf.COLLECTION ? "copy-" : "want-") + item.key();
        ctx.header("HX-Retarget", "#" + domId);
        ctx.header("HX-Reswap", "outerHTML");
        ItemView card = views.item(shelf, item.key(), basePath)
                .orElseThrow(() -> new NotFound("“" + item.title() + "” is no longer on this shelf."));
        templates.fragment(ctx, list(ctx) ? "partials/shelf/row.jte" : "partials/shelf/card.jte", card,
                item.title() + ": " + settled.say(done));
    }

    private void removeCopy(Context ctx) {
        ShelfItem copy = item(Shelf.COLLECTION, Params.pathId(ctx, "id"));
        CopyValues before = edits.copyValues(copy.key());
        Settled settled = Settled.await(edits.queue(), List.of(edits.removeCopy(copy.key())), wait);
        if (settled.failed()) {
            ctx.status(409);
            ErrorPages.alert(ctx, settled.error());
            return;
        }
        String domId = "copy-" + copy.key();
        ctx.header("HX-Retarget", "#" + domId);
        ctx.header("HX-Reswap", "outerHTML");
        String message = "Removed “" + copy.title() + "” from your collection.";
        UndoButton undo = UndoButton.forCopy(basePath + Paths.COLLECTION_COPY_RESTORE, before,
                Map.of("view", view(ctx), "card", domId, "title", copy.title()));
        templates.fragment(ctx, "partials/shelf/removed-copy.jte",
                new RemovedCopy(domId, list(ctx), message, settled.pending(), undo), message);
    }

    private void restoreCopy(Context ctx) {
        long releaseId = Params.id(ctx.formParam("release"), "Say which release the copy is of.");
        String domId = ctx.formParam("card");
        if (domId == null || !domId.matches("copy-\\d{1,19}")) {
            throw new BadRequest("Say which card the copy was on.");
        }
        Settled settled = Settled.await(edits.queue(), List.of(edits.restoreCopy(UndoButton.copyFrom(ctx, releaseId))), wait);
        if (settled.failed()) {
            ctx.status(409);
            ErrorPages.alert(ctx, settled.error());
            return;
        }
        String title = ctx.formParam("title");
        String message = "Put “" + (title == null || title.isBlank() ? "release " + releaseId : title.strip())
                + "” back in your collection.";
        templates.fragment(ctx, "partials/shelf/removed-copy.jte",
                new RemovedCopy(domId, list(ctx), message, settled.pending(), null), message);
    }

    private ShelfItem item(Shelf shelf, long key) {
        return reader.item(shelf, key).orElseThrow(() -> new NotFound(shelf == Shelf.COLLECTION
                ? "There is no copy " + key + " in your collection." : "Release " + key + " is not on your wantlist."));
    }

    private String url(String path, long id) {
        return basePath + Paths.withId(path, id);
    }

    /** The layout the card or row stands in, sent by the form that asks for it or by the link. */
    private static ShelfRequest.Display display(Context ctx) {
        String form = ctx.formParam("view");
        return ShelfParams.view(form != null ? form : ctx.queryParam("view"));
    }

    private static boolean list(Context ctx) {
        return display(ctx) == ShelfRequest.Display.LIST;
    }

    private static String view(Context ctx) {
        return display(ctx).word();
    }
}
