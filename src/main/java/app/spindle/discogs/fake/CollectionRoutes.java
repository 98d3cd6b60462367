package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Folders, custom fields, folder listings with sort and pagination, a release's instances, and the
 * changes: add to a folder (never folder 0), move or rate an instance, edit a field, remove an instance.
 * Folder 0 of a public collection can be read by anyone, without notes; everything else is the owner's.
 */
final class CollectionRoutes {
    private static final String BASE = "/users/{username}/collection";
    static final String FOLDER_0_READ_ONLY =
            "You cannot add releases to folder 0 (All): it is read-only. Use folder 1 (Uncategorized) or another folder.";

    private final FakeAccount account;
    private final AccountAccess access;
    private final ListingJson listings;
    private final Responder responder;

    CollectionRoutes(FakeAccount account, AccountAccess access, ListingJson listings, Responder responder) {
        this.account = account;
        this.access = access;
        this.listings = listings;
        this.responder = responder;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get(BASE + "/folders", this::folders);
        routes.get(BASE + "/folders/{folder}", this::folder);
        routes.get(BASE + "/fields", this::fields);
        routes.get(BASE + "/folders/{folder}/releases", this::items);
        routes.get(BASE + "/releases/{release}", this::instancesOfRelease);
        routes.post(BASE + "/folders/{folder}/releases/{release}", this::add);
        routes.post(BASE + "/folders/{folder}/releases/{release}/instances/{instance}", this::change);
        routes.delete(BASE + "/folders/{folder}/releases/{release}/instances/{instance}", this::remove);
        routes.post(BASE + "/folders/{folder}/releases/{release}/instances/{instance}/fields/{field}", this::editField);
    }

    private void folders(Context ctx) {
        access.requireUser(ctx);
        boolean owner = access.isOwner(ctx);
        ObjectNode body = responder.mapper().createObjectNode();
        ArrayNode folders = body.putArray("folders");
        for (CollectionFolder folder : account.folders()) {
            if (owner || folder.id() == FakeAccount.ALL) {
                folders.add(folderJson(folder));
            }
        }
        responder.ok(ctx, body);
    }

    private void folder(Context ctx) {
        CollectionFolder folder = readableFolder(ctx, (int) AccountAccess.id(ctx, "folder"));
        responder.ok(ctx, folderJson(folder));
    }

    private void fields(Context ctx) {
        access.requireUser(ctx);
        responder.ok(ctx, FieldJson.write(access.isOwner(ctx) ? account.fields() : java.util.List.of()));
    }

    private void items(Context ctx) {
        int folderId = (int) AccountAccess.id(ctx, "folder");
        readableFolder(ctx, folderId);
        String sort = ListingOrder.checkedSort(ctx.queryParam("sort"));
        boolean descending = ListingOrder.descending(ctx.queryParam("sort_order"), false);
        List<CollectionInstance> all = account.listing(folderId, sort, descending);
        Paging paging = Paging.of(ctx, all.size());
        responder.ok(ctx, page(ctx, paging, paging.slice(all)));
    }

    private void instancesOfRelease(Context ctx) {
        access.requireUser(ctx);
        long releaseId = AccountAccess.id(ctx, "release");
        List<CollectionInstance> copies = account.instancesOf(releaseId);
        Paging paging = Paging.of(ctx, copies.size());
        responder.ok(ctx, page(ctx, paging, paging.slice(copies)));
    }

    private void add(Context ctx) {
        access.requireOwner(ctx);
        int folderId = (int) AccountAccess.id(ctx, "folder");
        long releaseId = AccountAccess.id(ctx, "release");
        if (folderId == FakeAccount.ALL) {
            throw ApiError.badRequest(FOLDER_0_READ_ONLY);
        }
        if (!account.hasFolder(folderId)) {
            throw ApiError.folderMissing();
        }
        long instanceId;
        try {
            instanceId = account.addToCollection(releaseId, folderId);
        } catch (IllegalArgumentException e) {
            throw ApiError.notFound();
        }
        responder.json(ctx, 201, listings.addedItem(account.instance(instanceId), access.username()));
    }

    private void change(Context ctx) {
        CollectionInstance instance = ownedInstance(ctx);
        Map<String, String> changes = access.changes(ctx);
        int rating = AccountAccess.number(changes, "rating", instance.rating());
        int folderId = AccountAccess.number(changes, "folder_id", instance.folderId());
        if (rating < 0 || rating > 5) {
            throw new ApiError(422, "Invalid rating: must be between 0 and 5.");
        }
        if (folderId == FakeAccount.ALL) {
            throw ApiError.badRequest(FOLDER_0_READ_ONLY);
        }
        if (!account.hasFolder(folderId)) {
            throw ApiError.folderMissing();
        }
        account.update(instance.withRating(rating).withFolder(folderId));
        responder.noContent(ctx);
    }

    private void remove(Context ctx) {
        CollectionInstance instance = ownedInstance(ctx);
        account.removeInstance(instance.instanceId());
        responder.noContent(ctx);
    }

    private void editField(Context ctx) {
        CollectionInstance instance = ownedInstance(ctx);
        CollectionField field = account.field((int) AccountAccess.id(ctx, "field"));
        if (field == null) {
            throw ApiError.notFound();
        }
        String value = access.changes(ctx).get("value");
        String stored = value == null || value.isEmpty() ? null : value;
        if (stored != null && !field.accepts(stored)) {
            throw new ApiError(422, "Invalid value for " + field.name() + ": " + value);
        }
        account.update(instance.withField(field.id(), stored));
        responder.noContent(ctx);
    }

    /** The instance named in the path, which must be that release in that folder (folder 0 names any). */
    private CollectionInstance ownedInstance(Context ctx) {
        int folderId = access.ownFolder(ctx, account);
        CollectionInstance instance = account.instance(AccountAccess.id(ctx, "instance"));
        if (instance == null || instance.releaseId() != AccountAccess.id(ctx, "release")
                || (folderId != FakeAccount.ALL && instance.folderId() != folderId)) {
            throw ApiError.notFound();
        }
        return instance;
    }

    private CollectionFolder readableFolder(Context ctx, int folderId) {
        access.requireUser(ctx);
        CollectionFolder folder = account.folders().stream().filter(f -> f.id() == folderId).findFirst().orElse(null);
        if (folderId != FakeAccount.ALL && !access.isOwner(ctx)) {
            throw ApiError.unauthenticated();
        }
        if (folder == null) {
            throw ApiError.folderMissing();
        }
        return folder;
    }

    private ObjectNode page(Context ctx, Paging paging, List<CollectionInstance> items) {
        boolean owner = access.isOwner(ctx);
        boolean authenticated = RequestRules.caller(ctx).authenticated();
        ObjectNode body = responder.mapper().createObjectNode();
        body.set("pagination", paging.json(ctx, responder.baseUrl()));
        ArrayNode releases = body.putArray("releases");
        items.forEach(item -> releases.add(listings.collectionItem(item, owner, authenticated)));
        return body;
    }

    private ObjectNode folderJson(CollectionFolder folder) {
        return folder.json(responder.mapper(), access.username());
    }
}
