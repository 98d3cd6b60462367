package app.spindle.web.shelf;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.Action;
import app.spindle.actions.BulkChange;
import app.spindle.actions.BulkProgress;
import app.spindle.mirror.FieldRow;
import app.spindle.mirror.query.CollectionFields;
import app.spindle.mirror.query.FolderChoices;
import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfFilter;
import app.spindle.mirror.query.ShelfItem;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.ShelfSort;
import app.spindle.web.BadRequest;
import app.spindle.web.Counted;
import app.spindle.web.Option;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.actions.UndoButton;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Bulk changes from the collection and wantlist pages: the records ticked (or all that match the filter) and
 * what to do go to a review that names how many records and requests it takes; confirmed, every action is
 * queued in one transaction and the panel polls the queue until all are done.
 */
public final class BulkRoutes implements RouteGroup {
    /** Discogs' limit for an authenticated client; the sync and browsing share it. */
    private static final int REQUESTS_A_MINUTE = 60;

    private final String basePath;
    private final Templates templates;
    private final ShelfReader reader;
    private final AccountEdits edits;
    private final BulkChange bulk;
    private final FolderChoices folders;
    private final CollectionFields fields;

    public BulkRoutes(String basePath, Templates templates, ShelfReader reader, AccountEdits edits, Jdbi jdbi,
                      FolderChoices folders, CollectionFields fields) {
        this.basePath = basePath;
        this.templates = templates;
        this.reader = reader;
        this.edits = edits;
        this.bulk = new BulkChange(jdbi, edits);
        this.folders = folders;
        this.fields = fields;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.post(Paths.COLLECTION_BULK_REVIEW, ctx -> review(ctx, Shelf.COLLECTION));
        routes.post(Paths.COLLECTION_BULK, ctx -> confirm(ctx, Shelf.COLLECTION));
        routes.post(Paths.WANTLIST_BULK_REVIEW, ctx -> review(ctx, Shelf.WANTLIST));
        routes.post(Paths.WANTLIST_BULK, ctx -> confirm(ctx, Shelf.WANTLIST));
        routes.get(Paths.BULK_PROGRESS, this::progress);
    }

    private void review(Context ctx, Shelf shelf) {
        if (ctx.formParam("cancel") != null) {
            ctx.html("");
            return;
        }
        BulkChange.Op op = op(ctx, shelf);
        List<Long> keys = ctx.formParam("keys") != null ? keyList(ctx.formParam("keys")) : chosen(ctx, shelf);
        if (keys.isEmpty()) {
            throw new BadRequest("Tick the records to change first, or choose all that match.");
        }
        List<Choice> choices = choices(op);
        String value = ctx.formParam("value");
        if (value == null && !choices.isEmpty()) {
            value = choices.get(0).value();
        }
        List<Action> planned = bulk.plan(op, keys, value);
        String records = Counted.of(keys.size(), "record", "records");
        String selected = value;
        templates.page(ctx, "partials/shelf/bulk-review.jte", new BulkReview(Paths.BULK_PANEL_ID,
                op.words() + ": " + records + (choices.isEmpty() ? "." : " to"), cost(planned.size()),
                UndoButton.json(Map.of("op", op.param(), "keys", joined(keys))),
                basePath + (shelf == Shelf.COLLECTION ? Paths.COLLECTION_BULK_REVIEW : Paths.WANTLIST_BULK_REVIEW),
                basePath + (shelf == Shelf.COLLECTION ? Paths.COLLECTION_BULK : Paths.WANTLIST_BULK), op.words() + " (" + Counted.of(planned.size(), "request", "requests") + ")",
                op == BulkChange.Op.MOVE ? "Folder" : "Media condition",
                choices.stream().map(c -> new Option(c.value(), c.label(), c.value().equals(selected))).toList(),
                planned.isEmpty()));
    }

    private void confirm(Context ctx, Shelf shelf) {
        BulkChange.Op op = op(ctx, shelf);
        List<Action> planned = bulk.plan(op, keyList(ctx.formParam("keys")), ctx.formParam("value"));
        if (planned.isEmpty()) {
            ctx.html("<p class=\"bulk-done\" role=\"status\">Nothing to change: every record is already that way.</p>");
            return;
        }
        List<Action> queued = edits.submitAll(planned);
        long first = queued.get(0).id();
        long last = queued.get(queued.size() - 1).id();
        showProgress(ctx, first, last);
    }

    private void progress(Context ctx) {
        long first = Params.id(ctx.queryParam("first"), "Say which bulk change: first and last action.");
        long last = Params.id(ctx.queryParam("last"), "Say which bulk change: first and last action.");
        if (last < first || last - first > BulkChange.MOST) {
            throw new BadRequest("That is not one bulk change.");
        }
        showProgress(ctx, first, last);
    }

    private void showProgress(Context ctx, long first, long last) {
        BulkProgress now = edits.queue().progress(first, last);
        String poll = now.finished() ? null : basePath + Paths.BULK_PROGRESS + "?first=" + first + "&last=" + last;
        String message = now.finished()
                ? "Done: " + now.done() + " of " + Counted.of(now.total(), "change", "changes") + " made on Discogs"
                        + (now.failed() > 0 ? "; " + now.failed() + " could not apply." : ".")
                : now.done() + " of " + Counted.of(now.total(), "change", "changes") + " made on Discogs so far.";
        templates.fragment(ctx, "partials/shelf/bulk-progress.jte", new BulkProgressView(poll, message, now.done(),
                now.total(), now.finished() ? null : now.waiting(), now.failed() > 0 ? basePath + Paths.ACTIONS : null,
                ""), now.finished() ? message : null);
    }

    /** The ticked records, or every record the posted filter matches. */
    private List<Long> chosen(Context ctx, Shelf shelf) {
        if (ctx.formParam("all") != null) {
            ShelfFilter filter = ShelfParams.filter(ctx::formParam, shelf);
            return reader.page(shelf, filter, ShelfSort.NEWEST_FIRST, 0, BulkChange.MOST + 1).stream()
                    .map(ShelfItem::key).toList();
        }
        Set<Long> keys = new LinkedHashSet<>();
        for (String raw : ctx.formParams("pick")) {
            keys.add(Params.id(raw, "A ticked record must be named by its number."));
        }
        return new ArrayList<>(keys);
    }

    private static List<Long> keyList(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BadRequest("Say which records to change.");
        }
        Set<Long> keys = new LinkedHashSet<>();
        for (String part : raw.split(",", BulkChange.MOST + 2)) {
            keys.add(Params.id(part.strip(), "Records are named by their numbers, separated by commas."));
        }
        return new ArrayList<>(keys);
    }

    private static BulkChange.Op op(Context ctx, Shelf shelf) {
        BulkChange.Op op = BulkChange.Op.of(ctx.formParam("op") == null ? "" : ctx.formParam("op"));
        if (op.onCollection() != (shelf == Shelf.COLLECTION)) {
            throw new BadRequest(op.words() + " is not something the " + (shelf == Shelf.COLLECTION ? "collection"
                    : "wantlist") + " does.");
        }
        return op;
    }

    private record Choice(String value, String label) {
    }

    private List<Choice> choices(BulkChange.Op op) {
        return switch (op) {
            case MOVE -> folders.list().stream().map(f -> new Choice(Long.toString(f.id()), f.name())).toList();
            case GRADE -> fields.list().stream().filter(f -> "Media Condition".equals(f.name())).findFirst()
                    .map(FieldRow::optionList).orElse(List.of()).stream().map(o -> new Choice(o, o)).toList();
            default -> List.of();
        };
    }

    /** The requests and how long they take at Discogs' limit, which the background sync shares. */
    static String cost(int requests) {
        if (requests == 0) {
            return "Nothing to send: every record is already that way.";
        }
        long minutes = (requests + REQUESTS_A_MINUTE - 1) / REQUESTS_A_MINUTE;
        return Counted.of(requests, "request", "requests") + " to Discogs: "
                + (minutes <= 1 ? "about a minute or less" : "about " + minutes + " minutes")
                + " at Discogs' limit of " + REQUESTS_A_MINUTE + " a minute. The page shows each change at once.";
    }

    private static String joined(List<Long> keys) {
        StringBuilder text = new StringBuilder();
        for (Long key : keys) {
            text.append(text.length() == 0 ? "" : ",").append(key);
        }
        return text.toString();
    }
}
