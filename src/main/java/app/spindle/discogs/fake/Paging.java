package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Discogs pagination: page and per_page (default 50, at most 100, larger values silently capped), a page
 * past the end is a 404 naming the valid range, and urls holds only the links that apply.
 */
record Paging(int page, int perPage, int items, int pages) {
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 100;

    static Paging of(Context ctx, int items) {
        int perPage = Math.min(MAX_PER_PAGE, Math.max(1, number(ctx, "per_page", DEFAULT_PER_PAGE)));
        int page = number(ctx, "page", 1);
        int pages = Math.max(1, (items + perPage - 1) / perPage);
        if (page < 1 || page > pages) {
            throw ApiError.pageOutOfRange(page, pages);
        }
        return new Paging(page, perPage, items, pages);
    }

    int from() {
        return (page - 1) * perPage;
    }

    int to() {
        return Math.min(items, page * perPage);
    }

    <T> List<T> slice(List<T> all) {
        return all.subList(from(), to());
    }

    ObjectNode json(Context ctx, String baseUrl) {
        ObjectNode pagination = JsonNodeFactory.instance.objectNode();
        pagination.put("page", page);
        pagination.put("pages", pages);
        pagination.put("per_page", perPage);
        pagination.put("items", items);
        ObjectNode urls = pagination.putObject("urls");
        if (page > 1) {
            urls.put("first", link(ctx, baseUrl, 1));
            urls.put("prev", link(ctx, baseUrl, page - 1));
        }
        if (page < pages) {
            urls.put("next", link(ctx, baseUrl, page + 1));
            urls.put("last", link(ctx, baseUrl, pages));
        }
        return pagination;
    }

    /** The request's own URL with its other parameters kept in order and page set last, as Discogs does. */
    private static String link(Context ctx, String baseUrl, int target) {
        List<String> params = new ArrayList<>();
        String query = ctx.queryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("page=") && !pair.equals("page")) {
                    params.add(pair);
                }
            }
        }
        params.add("page=" + target);
        return baseUrl + ctx.path() + "?" + String.join("&", params);
    }

    private static int number(Context ctx, String name, int byDefault) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Invalid " + name + ": " + value);
        }
    }
}
