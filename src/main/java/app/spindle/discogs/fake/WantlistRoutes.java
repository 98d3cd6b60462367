package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The owner's wantlist: listing with sort and pagination, add (PUT, 201), edit (POST), remove (DELETE, 204). */
final class WantlistRoutes {
    private static final String WANT = "/users/{username}/wants/{release}";

    private final FakeAccount account;
    private final AccountAccess access;
    private final ListingJson listings;
    private final Responder responder;
    private final Clock clock;

    WantlistRoutes(FakeAccount account, AccountAccess access, ListingJson listings, Responder responder, Clock clock) {
        this.account = account;
        this.access = access;
        this.listings = listings;
        this.responder = responder;
        this.clock = clock;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/users/{username}/wants", this::list);
        routes.put(WANT, this::add);
        routes.post(WANT, this::edit);
        routes.delete(WANT, this::remove);
    }

    private void list(Context ctx) {
        access.requireOwner(ctx);
        String sort = ListingOrder.checkedSort(ctx.queryParam("sort"));
        boolean descending = ListingOrder.descending(ctx.queryParam("sort_order"), true);
        List<WantEntry> all = account.wantListing(sort, descending);
        Paging paging = Paging.of(ctx, all.size());
        ObjectNode body = responder.mapper().createObjectNode();
        body.set("pagination", paging.json(ctx, responder.baseUrl()));
        ArrayNode wants = body.putArray("wants");
        paging.slice(all).forEach(want -> wants.add(listings.want(want, access.username(), true)));
        responder.ok(ctx, body);
    }

    private void add(Context ctx) {
        access.requireOwner(ctx);
        long releaseId = AccountAccess.id(ctx, "release");
        Map<String, String> changes = access.changes(ctx);
        WantEntry existing = account.want(releaseId);
        WantEntry want = new WantEntry(releaseId, rating(changes, existing == null ? 0 : existing.rating()),
                changes.getOrDefault("notes", existing == null ? "" : existing.notes()),
                existing == null ? clock.instant().getEpochSecond() : existing.addedEpochSecond());
        try {
            account.putWant(want);
        } catch (IllegalArgumentException e) {
            throw ApiError.notFound();
        }
        responder.json(ctx, 201, listings.want(want, access.username(), true));
    }

    private void edit(Context ctx) {
        access.requireOwner(ctx);
        WantEntry existing = existing(ctx);
        Map<String, String> changes = access.changes(ctx);
        WantEntry want = new WantEntry(existing.releaseId(), rating(changes, existing.rating()),
                changes.getOrDefault("notes", existing.notes()), existing.addedEpochSecond());
        account.putWant(want);
        responder.ok(ctx, listings.want(want, access.username(), true));
    }

    private void remove(Context ctx) {
        access.requireOwner(ctx);
        account.removeWant(existing(ctx).releaseId());
        responder.noContent(ctx);
    }

    private WantEntry existing(Context ctx) {
        WantEntry want = account.want(AccountAccess.id(ctx, "release"));
        if (want == null) {
            throw ApiError.notFound();
        }
        return want;
    }

    private static int rating(Map<String, String> changes, int current) {
        int rating = AccountAccess.number(changes, "rating", current);
        if (rating < 0 || rating > 5) {
            throw new ApiError(422, "Invalid rating: must be between 0 and 5.");
        }
        return rating;
    }
}
