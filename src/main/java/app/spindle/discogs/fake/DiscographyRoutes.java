package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** {@code /artists/{id}/releases} (sort=year|title|format, sort_order=asc|desc) and {@code /labels/{id}/releases}, paged. */
final class DiscographyRoutes {
    private final Discographies discographies;
    private final FakeAccount account;
    private final Responder responder;

    DiscographyRoutes(Catalogue catalogue, FakeAccount account, Responder responder) {
        this.discographies = new Discographies(catalogue);
        this.account = account;
        this.responder = responder;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/artists/{id}/releases", ctx -> {
            String sort = ctx.queryParam("sort") == null ? "year" : ctx.queryParam("sort");
            boolean descending = "desc".equalsIgnoreCase(ctx.queryParam("sort_order"));
            page(ctx, discographies.artistReleases(AccountAccess.id(ctx, "id"), sort, descending));
        });
        routes.get("/labels/{id}/releases", ctx -> page(ctx, discographies.labelReleases(AccountAccess.id(ctx, "id"))));
    }

    private void page(Context ctx, List<ObjectNode> entries) {
        Paging paging = Paging.of(ctx, entries.size());
        boolean authenticated = RequestRules.caller(ctx).authenticated();
        ObjectNode body = responder.mapper().createObjectNode();
        body.set("pagination", paging.json(ctx, responder.baseUrl()));
        ArrayNode releases = body.putArray("releases");
        for (ObjectNode entry : paging.slice(entries)) {
            if (!entry.path("type").asText("release").equals("master")) {
                long releaseId = entry.path("id").asLong();
                ObjectNode user = entry.with("stats").with("user");
                user.put("in_wantlist", account.inWantlist(releaseId) ? 1 : 0);
                user.put("in_collection", account.copiesOf(releaseId));
            }
            releases.add(Catalogue.withImages(entry, authenticated));
        }
        responder.ok(ctx, body);
    }
}
