package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Releases, masters with their filterable versions, artists and labels. Image URLs only for authenticated callers. */
final class DatabaseRoutes {
    private static final List<String> VERSION_FILTERS = List.of("format", "label", "released", "country");

    private final Catalogue catalogue;
    private final FakeAccount account;
    private final Responder responder;

    DatabaseRoutes(Catalogue catalogue, FakeAccount account, Responder responder) {
        this.catalogue = catalogue;
        this.account = account;
        this.responder = responder;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/releases/{id}", ctx -> responder.ok(ctx, catalogue.release(AccountAccess.id(ctx, "id"), authenticated(ctx))));
        routes.get("/masters/{id}", ctx -> responder.ok(ctx, catalogue.master(AccountAccess.id(ctx, "id"), authenticated(ctx))));
        routes.get("/masters/{id}/versions", this::versions);
        routes.get("/artists/{id}", ctx -> responder.ok(ctx, catalogue.artist(AccountAccess.id(ctx, "id"), authenticated(ctx))));
        routes.get("/labels/{id}", ctx -> responder.ok(ctx, catalogue.label(AccountAccess.id(ctx, "id"), authenticated(ctx))));
    }

    private void versions(Context ctx) {
        List<ObjectNode> all = catalogue.versions(AccountAccess.id(ctx, "id"));
        Map<String, String> applied = new LinkedHashMap<>();
        for (String filter : VERSION_FILTERS) {
            String value = ctx.queryParam(filter);
            if (value != null && !value.isBlank()) {
                applied.put(filter, value);
            }
        }
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode version : all) {
            if (applied.entrySet().stream().allMatch(f -> matches(version, f.getKey(), f.getValue()))) {
                matching.add(version);
            }
        }
        Paging paging = Paging.of(ctx, matching.size());
        ObjectNode body = responder.mapper().createObjectNode();
        body.set("pagination", paging.json(ctx, responder.baseUrl()));
        ObjectNode filters = body.putObject("filters");
        ObjectNode appliedNode = filters.putObject("applied");
        applied.forEach((name, value) -> appliedNode.putArray(name).add(value));
        ObjectNode available = filters.putObject("available");
        ArrayNode facets = body.putArray("filter_facets");
        for (String filter : VERSION_FILTERS) {
            Map<String, Integer> counts = facetCounts(all, filter);
            ObjectNode countsNode = available.putObject(filter);
            counts.forEach(countsNode::put);
            ObjectNode facet = facets.addObject();
            facet.put("title", Character.toUpperCase(filter.charAt(0)) + filter.substring(1));
            facet.put("id", filter);
            ArrayNode values = facet.putArray("values");
            counts.forEach((value, count) -> values.addObject().put("title", value)
                    .put("value", java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).put("count", count));
            facet.put("allows_multiple_values", true);
        }
        boolean authenticated = authenticated(ctx);
        ArrayNode versions = body.putArray("versions");
        for (ObjectNode version : paging.slice(matching)) {
            ObjectNode copy = version.deepCopy();
            long releaseId = copy.path("id").asLong();
            ObjectNode user = copy.with("stats").with("user");
            user.put("in_wantlist", account.inWantlist(releaseId) ? 1 : 0);
            user.put("in_collection", account.copiesOf(releaseId));
            versions.add(Catalogue.withImages(copy, authenticated));
        }
        responder.ok(ctx, body);
    }

    private static boolean matches(JsonNode version, String filter, String value) {
        return switch (filter) {
            case "format" -> values(version, "format").stream().anyMatch(value::equalsIgnoreCase);
            case "released" -> version.path("released").asText("").startsWith(value);
            default -> version.path(filter).asText("").equalsIgnoreCase(value);
        };
    }

    private static Map<String, Integer> facetCounts(List<ObjectNode> versions, String filter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ObjectNode version : versions) {
            for (String value : values(version, filter)) {
                if (!value.isEmpty()) {
                    counts.merge(value, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The facet values of one version: formats are its major formats plus each description. */
    private static List<String> values(JsonNode version, String filter) {
        return switch (filter) {
            case "format" -> {
                List<String> formats = new ArrayList<>(RealDocuments.texts(version.path("major_formats")));
                for (String part : version.path("format").asText("").split(",")) {
                    if (!part.isBlank() && !formats.contains(part.trim())) {
                        formats.add(part.trim());
                    }
                }
                yield formats;
            }
            case "released" -> List.of(version.path("released").asText("").length() >= 4
                    ? version.path("released").asText().substring(0, 4) : version.path("released").asText(""));
            default -> List.of(version.path(filter).asText(""));
        };
    }

    private static boolean authenticated(Context ctx) {
        return RequestRules.caller(ctx).authenticated();
    }
}
