package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Who may see or change the account's lists, and the parameters of a change in whatever form they came. */
final class AccountAccess {
    static final String USER_MISSING = "User does not exist or may have been deleted.";

    private final String username;
    private final ObjectMapper json;

    AccountAccess(String username, ObjectMapper json) {
        this.username = username;
        this.json = json;
    }

    String username() {
        return username;
    }

    /** Only one user exists on the fake; any other name in the path is unknown. */
    void requireUser(Context ctx) {
        if (!username.equalsIgnoreCase(ctx.pathParam("username"))) {
            throw new ApiError(404, USER_MISSING);
        }
    }

    boolean isOwner(Context ctx) {
        return RequestRules.caller(ctx).isUser(username);
    }

    void requireOwner(Context ctx) {
        requireUser(ctx);
        if (!isOwner(ctx)) {
            throw ApiError.unauthenticated();
        }
    }

    /** The owner's folder named in the path: 404 when the account has no such folder. */
    int ownFolder(Context ctx, FakeAccount account) {
        requireOwner(ctx);
        int folderId = (int) id(ctx, "folder");
        if (!account.hasFolder(folderId)) {
            throw ApiError.folderMissing();
        }
        return folderId;
    }

    /** Parameters from a JSON body (what clients send), a form body, or the query string, in that order. */
    Map<String, String> changes(Context ctx) {
        Map<String, String> values = new HashMap<>();
        ctx.queryParamMap().forEach((name, list) -> values.put(name, list.get(0)));
        String body = ctx.body();
        if (body.isBlank()) {
            return values;
        }
        if (body.trim().startsWith("{")) {
            try {
                JsonNode node = json.readTree(body);
                node.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
            } catch (java.io.IOException e) {
                throw new ApiError(422, "The request body is not valid JSON.");
            }
        } else {
            ctx.formParamMap().forEach((name, list) -> values.put(name, list.get(0)));
        }
        return values;
    }

    static long id(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiError.notFound();
        }
    }

    static int number(Map<String, String> values, String name, int byDefault) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(422, "Invalid " + name + ": " + value);
        }
    }
}
