package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The owner's folder changes: create (201 with the folder), rename (200 with the folder) and delete (204).
 * Folders 0 "All" and 1 "Uncategorized" can be neither renamed nor deleted, and only an empty folder can go.
 */
final class FolderRoutes {
    private static final String FOLDERS = "/users/{username}/collection/folders";
    static final String NAME_REQUIRED = "A folder name is required.";
    static final String FIXED_FOLDER = "Folders 0 (All) and 1 (Uncategorized) cannot be renamed or deleted.";
    static final String NOT_EMPTY = "A folder must be empty before it can be deleted.";

    private final FakeAccount account;
    private final AccountAccess access;
    private final Responder responder;

    FolderRoutes(FakeAccount account, AccountAccess access, Responder responder) {
        this.account = account;
        this.access = access;
        this.responder = responder;
    }

    void addRoutes(RoutesConfig routes) {
        routes.post(FOLDERS, this::create);
        routes.post(FOLDERS + "/{folder}", this::rename);
        routes.delete(FOLDERS + "/{folder}", this::delete);
    }

    private void create(Context ctx) {
        access.requireOwner(ctx);
        int id = account.createFolder(name(ctx));
        responder.json(ctx, 201, folderJson(id));
    }

    private void rename(Context ctx) {
        int folderId = userFolder(ctx);
        account.renameFolder(folderId, name(ctx));
        responder.ok(ctx, folderJson(folderId));
    }

    private void delete(Context ctx) {
        int folderId = userFolder(ctx);
        try {
            account.deleteFolder(folderId);
        } catch (IllegalStateException notEmpty) {
            throw ApiError.badRequest(NOT_EMPTY);
        }
        responder.noContent(ctx);
    }

    private int userFolder(Context ctx) {
        int folderId = access.ownFolder(ctx, account);
        if (folderId == FakeAccount.ALL || folderId == FakeAccount.UNCATEGORIZED) {
            throw ApiError.badRequest(FIXED_FOLDER);
        }
        return folderId;
    }

    private String name(Context ctx) {
        String name = access.changes(ctx).get("name");
        if (name == null || name.isBlank()) {
            throw new ApiError(422, NAME_REQUIRED);
        }
        return name.strip();
    }

    private ObjectNode folderJson(int folderId) {
        CollectionFolder folder = account.folderList().stream().filter(f -> f.id() == folderId).findFirst().orElseThrow();
        return folder.json(responder.mapper(), access.username());
    }
}
