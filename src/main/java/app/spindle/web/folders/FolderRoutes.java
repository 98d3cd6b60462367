package app.spindle.web.folders;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.Action;
import app.spindle.actions.ActionKind;
import app.spindle.actions.ActionReads;
import app.spindle.mirror.FolderRow;
import app.spindle.mirror.query.FolderChoices;
import app.spindle.web.Counted;
import app.spindle.web.PageContext;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.actions.Settled;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The collection's folders: create, rename, and delete an empty one, each through the action queue. Discogs' own
 * folders (0 "All" and 1 "Uncategorized") are shown but never offered for change, and a folder that still holds
 * copies cannot be deleted, as on Discogs.
 */
public final class FolderRoutes implements RouteGroup {
    private static final String DOM_ID = "folders";
    private static final Set<ActionKind> FOLDER_KINDS = Set.of(ActionKind.CREATE_FOLDER, ActionKind.RENAME_FOLDER,
            ActionKind.DELETE_FOLDER);

    private final String basePath;
    private final Templates templates;
    private final PageContext pages;
    private final AccountEdits edits;
    private final FolderChoices folders;
    private final ActionReads actions;
    private final Duration wait;

    public FolderRoutes(String basePath, Templates templates, PageContext pages, AccountEdits edits, FolderChoices folders,
                        ActionReads actions, Duration wait) {
        this.basePath = basePath;
        this.templates = templates;
        this.pages = pages;
        this.edits = edits;
        this.folders = folders;
        this.actions = actions;
        this.wait = wait;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.FOLDERS, ctx -> templates.page(ctx, "folders/index.jte",
                new FoldersPage(pages.layout(ctx, "Folders", "collection"), view(null, null))));
        routes.post(Paths.FOLDERS, ctx -> answer(ctx, edits.createFolder(ctx.formParam("name")), "Created the folder on Discogs."));
        routes.post(Paths.FOLDER_RENAME, ctx -> answer(ctx, edits.renameFolder(Params.pathId(ctx, "id"), ctx.formParam("name")),
                "Renamed the folder on Discogs."));
        routes.post(Paths.FOLDER_DELETE, ctx -> answer(ctx, edits.deleteFolder(Params.pathId(ctx, "id")),
                "Deleted the folder on Discogs."));
    }

    private void answer(Context ctx, Action action, String done) {
        Settled settled = Settled.await(edits.queue(), List.of(action), wait);
        if (settled.failed()) {
            ctx.status(409);
        }
        FoldersView view = view(settled.failed() ? null : settled.say(done), settled.error());
        templates.fragment(ctx, "folders/panel.jte", view, settled.say(done));
    }

    private FoldersView view(String message, String error) {
        List<FoldersView.Row> rows = folders.everyFolder().stream().map(this::row).toList();
        List<String> pending = actions.pending().stream().filter(a -> FOLDER_KINDS.contains(a.kind()))
                .map(a -> a.label() + (a.error() == null ? "" : " — " + a.error())).toList();
        return new FoldersView(DOM_ID, basePath + Paths.FOLDERS, rows, pending, message, error);
    }

    private FoldersView.Row row(FolderRow folder) {
        boolean own = folder.id() == 0 || folder.id() == 1;
        String browse = basePath + Paths.COLLECTION + (folder.id() == 0 ? "" : "?folder=" + folder.id());
        String keep = own ? "Discogs' own folder" : folder.itemCount() > 0 ? "Empty it to delete it" : null;
        return new FoldersView.Row(folder.id(), folder.name(), Counted.of(folder.itemCount(), "copy", "copies"), browse,
                own ? null : basePath + Paths.withId(Paths.FOLDER_RENAME, folder.id()),
                own || folder.itemCount() > 0 ? null : basePath + Paths.withId(Paths.FOLDER_DELETE, folder.id()), keep);
    }
}
