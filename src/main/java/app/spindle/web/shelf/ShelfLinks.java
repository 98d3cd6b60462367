package app.spindle.web.shelf;

import app.spindle.mirror.query.Facet;
import app.spindle.mirror.query.ShelfSort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical URL of a browse state: search text, facets in a fixed order, then sort, page and view,
 * each only when it differs from the default. Links, the pushed history entry and bookmarks all use it.
 */
final class ShelfLinks {
    private final String path;

    ShelfLinks(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    String to(ShelfRequest request) {
        return path + query(request, request.display() == ShelfRequest.Display.LIST);
    }

    /** The link that switches the view: it always names the view, so the server can remember the choice. */
    String switchingTo(ShelfRequest request, ShelfRequest.Display display) {
        String query = query(request.withDisplay(display), false);
        return path + (query.isEmpty() ? "?" : query + "&") + "view=" + display.word();
    }

    static String query(ShelfRequest request, boolean withView) {
        List<String> parts = new ArrayList<>();
        if (request.filter().hasText()) {
            parts.add(pair("q", request.filter().text()));
        }
        for (Map.Entry<Facet, String> e : request.filter().values().entrySet()) {
            parts.add(pair(e.getKey().param(), e.getValue()));
        }
        if (!request.sort().equals(ShelfSort.defaultFor(request.filter()))) {
            parts.add(pair("sort", ShelfParams.sortParam(request.sort())));
        }
        if (request.page() > 1) {
            parts.add(pair("page", Integer.toString(request.page())));
        }
        if (withView) {
            parts.add(pair("view", request.display().word()));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
