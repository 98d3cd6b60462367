package app.spindle.web.release;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.Action;
import app.spindle.actions.ActionRefused;
import app.spindle.actions.CopyValues;
import app.spindle.actions.ActionReads;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.mirror.FieldRow;
import app.spindle.mirror.FolderRow;
import app.spindle.mirror.query.CollectionFields;
import app.spindle.mirror.query.FolderChoices;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.web.BadRequest;
import app.spindle.web.ErrorPages.NotFound;
import app.spindle.web.Moment;
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
import java.util.Objects;

/**
 * The release page's edits: a copy's rating, folder and collection fields, removing or adding a copy, and the
 * want. Each change goes through the action queue; the panel comes back showing what Discogs confirmed and
 * what is still pending.
 */
public final class ReleaseActionRoutes implements RouteGroup {
    private final Templates templates;
    private final ReleaseDetailsQuery releases;
    private final AccountEdits edits;
    private final FolderChoices folders;
    private final CollectionFields fields;
    private final ActionReads actions;
    private final String basePath;
    private final Duration wait;

    public ReleaseActionRoutes(Templates templates, ReleaseDetailsQuery releases, AccountEdits edits, FolderChoices folders,
                               CollectionFields fields, ActionReads actions, String basePath, Duration wait) {
        this.templates = templates;
        this.releases = releases;
        this.edits = edits;
        this.folders = folders;
        this.fields = fields;
        this.actions = actions;
        this.basePath = basePath;
        this.wait = wait;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.post(Paths.RELEASE_COPY, this::saveCopy);
        routes.post(Paths.RELEASE_COPY_REMOVE, this::removeCopy);
        routes.post(Paths.RELEASE_COPY_RESTORE, this::restoreCopy);
        routes.post(Paths.RELEASE_COPIES, this::addCopy);
        routes.post(Paths.RELEASE_WANT, this::want);
    }

    /** The panel as the release page shows it first. */
    public ReleaseActionsView view(ReleaseDetails release, String message, String error) {
        return view(release, message, error, null);
    }

    private ReleaseActionsView view(ReleaseDetails release, String message, String error, UndoButton undo) {
        List<FieldRow> defined = fields.list();
        List<FolderRow> choices = folders.list();
        List<ReleaseActionsView.CopyForm> copies = new ArrayList<>();
        for (ReleaseDetails.Copy copy : release.copies()) {
            List<ReleaseActionsView.FieldInput> inputs = defined.stream().map(f -> fieldInput(f, valueOf(copy, f))).toList();
            String day = Moment.day(copy.dateAdded());
            String folder = " in " + (copy.folderName() != null ? copy.folderName() : "folder " + copy.folderId());
            copies.add(new ReleaseActionsView.CopyForm(copy.instanceId(),
                    "Copy " + (copies.size() + 1) + folder + (day.isEmpty() ? "" : ", added " + day),
                    copyUrl(Paths.RELEASE_COPY, release.id(), copy.instanceId()),
                    copyUrl(Paths.RELEASE_COPY_REMOVE, release.id(), copy.instanceId()),
                    Option.ratings(copy.rating()), Option.folders(choices, copy.folderId()), inputs));
        }
        List<String> waiting = actions.pendingFor(release.id()).stream()
                .map(a -> a.label() + (a.error() == null ? "" : " — " + a.error())).toList();
        return new ReleaseActionsView(Paths.RELEASE_ACTIONS_ID, basePath + Paths.withId(Paths.RELEASE_COPIES, release.id()),
                basePath + Paths.withId(Paths.RELEASE_WANT, release.id()), copies,
                Option.folders(choices, DiscogsFolder.UNCATEGORIZED), release.want() != null,
                release.want() == null || release.want().notes() == null ? "" : release.want().notes(),
                Option.ratings(release.want() == null ? 0 : release.want().rating()), waiting, message, error, undo);
    }

    private static ReleaseActionsView.FieldInput fieldInput(FieldRow f, String value) {
        return new ReleaseActionsView.FieldInput(f.id(), f.name(), f.isDropdown(),
                f.isDropdown() ? Option.of(f.optionList(), value) : List.of(), value,
                f.lines() == null ? 2 : Math.max(1, Math.min(f.lines(), 8)));
    }

    private void saveCopy(Context ctx) {
        ReleaseDetails release = find(ctx);
        long instanceId = Params.pathId(ctx, "instance");
        ReleaseDetails.Copy copy = release.copies().stream().filter(c -> c.instanceId() == instanceId).findFirst()
                .orElseThrow(() -> new NotFound("This release has no copy " + instanceId + " in your collection."));
        List<Action> submitted = new ArrayList<>();
        int rating = rating(ctx.formParam("rating"), copy.rating());
        if (rating != copy.rating()) {
            submitted.add(edits.rateCopy(instanceId, rating));
        }
        for (FieldRow field : fields.list()) {
            String value = ctx.formParam("field-" + field.id());
            if (value != null && !Objects.equals(blankToNull(value.strip()), valueOf(copy, field))) {
                submitted.add(edits.setField(instanceId, field.id(), value));
            }
        }
        String folder = ctx.formParam("folder");
        if (Params.folder(folder, copy.folderId()) != copy.folderId()) {
            submitted.add(edits.moveCopy(instanceId, Params.folder(folder, copy.folderId())));
        }
        answer(ctx, release.id(), submitted, "Saved on Discogs.");
    }

    private void removeCopy(Context ctx) {
        long releaseId = Params.pathId(ctx, "id");
        long instanceId = Params.pathId(ctx, "instance");
        CopyValues before = edits.copyValues(instanceId);
        if (before.releaseId() != releaseId) {
            throw new NotFound("This release has no copy " + instanceId + " in your collection.");
        }
        answer(ctx, releaseId, List.of(edits.removeCopy(instanceId)), "Removed this copy on Discogs.",
                UndoButton.forCopy(basePath + Paths.withId(Paths.RELEASE_COPY_RESTORE, releaseId), before, Map.of()));
    }

    private void restoreCopy(Context ctx) {
        long releaseId = Params.pathId(ctx, "id");
        answer(ctx, releaseId, List.of(edits.restoreCopy(UndoButton.copyFrom(ctx, releaseId))),
                "Put the copy back on Discogs.");
    }

    private void addCopy(Context ctx) {
        long releaseId = Params.pathId(ctx, "id");
        String folder = ctx.formParam("folder");
        long folderId = Params.folder(folder, 1);
        answer(ctx, releaseId, List.of(edits.addCopy(releaseId, folderId)), "Added a copy on Discogs.");
    }

    private void want(Context ctx) {
        long releaseId = Params.pathId(ctx, "id");
        WantChange change = WantChange.of(ctx.formParam("op"));
        ReleaseDetails release = find(ctx);
        UndoButton undo = null;
        Action action = switch (change) {
            case ADD -> edits.addWant(releaseId);
            case RESTORE -> edits.addWant(releaseId, ctx.formParam("notes"), rating(ctx.formParam("rating"), 0));
            case REMOVE -> {
                if (release.want() != null) {
                    undo = UndoButton.of(basePath + Paths.withId(Paths.RELEASE_WANT, releaseId), Map.of("op", WantChange.RESTORE.word(),
                            "notes", release.want().notes() == null ? "" : release.want().notes(),
                            "rating", Integer.toString(release.want().rating())));
                }
                yield edits.removeWant(releaseId);
            }
            case SAVE -> edits.editWant(releaseId, ctx.formParam("notes"), rating(ctx.formParam("rating"), 0));
        };
        answer(ctx, releaseId, List.of(action), change.done(), undo);
    }

    /** Waits a moment for Discogs, then shows the panel: done, queued, or why it could not apply (409). */
    private void answer(Context ctx, long releaseId, List<Action> submitted, String doneMessage) {
        answer(ctx, releaseId, submitted, doneMessage, null);
    }

    /** {@code undo} is offered unless the action failed (then there is nothing to undo). */
    private void answer(Context ctx, long releaseId, List<Action> submitted, String doneMessage, UndoButton undo) {
        Settled settled = Settled.await(edits.queue(), submitted, wait);
        if (settled.failed()) {
            ctx.status(409);
        }
        String message = settled.failed() ? null : settled.pending() != null
                ? "Queued: it goes to Discogs as soon as Discogs answers." : settled.say(doneMessage);
        ReleaseDetails release = releases.find(releaseId).orElseThrow(() -> new NotFound("Release " + releaseId
                + " is not in your mirror."));
        templates.page(ctx, "release/actions.jte", view(release, message, settled.error(), settled.failed() ? null : undo));
    }

    private ReleaseDetails find(Context ctx) {
        long id = Params.pathId(ctx, "id");
        return releases.find(id).orElseThrow(() -> new NotFound("Release " + id + " is not in your mirror."));
    }

    private String copyUrl(String path, long releaseId, long instanceId) {
        return basePath + Paths.withId(path, releaseId).replace("{instance}", Long.toString(instanceId));
    }

    private static String valueOf(ReleaseDetails.Copy copy, FieldRow field) {
        if ("Media Condition".equals(field.name()) && copy.mediaCondition() != null) {
            return copy.mediaCondition();
        }
        if ("Sleeve Condition".equals(field.name()) && copy.sleeveCondition() != null) {
            return copy.sleeveCondition();
        }
        return copy.fields().stream().filter(f -> f.name().equals(field.name())).map(ReleaseDetails.Field::value)
                .findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static int rating(String raw, int byDefault) {
        if (raw == null || raw.isBlank()) {
            return byDefault;
        }
        try {
            int rating = Integer.parseInt(raw.strip());
            if (rating >= 0 && rating <= 5) {
                return rating;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest("A rating goes from 0 (none) to 5 stars, not \"" + raw + "\".");
    }
}
