package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The account's profile, from the captured owner profile with this account's name and counts. */
final class UserRoutes {
    private final FakeAccount account;
    private final AccountAccess access;
    private final RealDocuments real;
    private final Responder responder;
    private final long userId;

    UserRoutes(FakeAccount account, AccountAccess access, RealDocuments real, Responder responder, long userId) {
        this.account = account;
        this.access = access;
        this.real = real;
        this.responder = responder;
        this.userId = userId;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/users/{username}", this::profile);
    }

    private void profile(Context ctx) {
        access.requireUser(ctx);
        String name = access.username();
        String api = BasicInformation.API + "/users/" + name;
        ObjectNode profile = real.profileTemplate();
        profile.put("id", userId);
        profile.put("resource_url", api);
        profile.put("uri", "https://www.discogs.com/user/" + name);
        profile.put("username", name);
        profile.put("name", "Demo Collector");
        profile.put("inventory_url", api + "/inventory");
        profile.put("collection_folders_url", api + "/collection/folders");
        profile.put("collection_fields_url", api + "/collection/fields");
        profile.put("wantlist_url", api + "/wants");
        profile.put("curr_abbr", "USD");
        profile.put("num_collection", account.instanceCount());
        profile.put("num_wantlist", account.wantReleaseIds().size());
        if (access.isOwner(ctx)) {
            profile.put("email", name + "@example.invalid");
        } else {
            profile.remove("email");
            profile.remove("num_unread");
        }
        responder.ok(ctx, profile);
    }
}
