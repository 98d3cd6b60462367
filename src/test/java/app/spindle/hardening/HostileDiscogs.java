package app.spindle.hardening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny Discogs that answers with the {@link Hostile} strings in every field a page shows: an account
 * of three releases (two owned, one wanted), folders, custom fields, search results, a master and its
 * versions, and an error whose message is markup. Enough for a real sync and every page that reads it.
 */
final class HostileDiscogs implements AutoCloseable {
    static final String TOKEN = "hostileToken0123456789";

    private final ObjectMapper json = new ObjectMapper();
    private final Javalin app;

    HostileDiscogs() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = 0;
            cfg.routes.get("/oauth/identity", ctx -> send(ctx, Map.of("id", 1, "username", Hostile.USERNAME,
                    "resource_url", base() + "/users/" + Hostile.USERNAME, "consumer_name", Hostile.TITLE)));
            cfg.routes.get("/users/{u}/collection/folders", ctx -> send(ctx, Map.of("folders", List.of(
                    Map.of("id", 0, "name", "All", "count", 2),
                    Map.of("id", 1, "name", "Uncategorized", "count", 1),
                    Map.of("id", 5, "name", Hostile.FOLDER, "count", 1)))));
            cfg.routes.get("/users/{u}/collection/fields", ctx -> send(ctx, Map.of("fields", List.of(
                    field(1, "Media Condition", "dropdown"), field(2, "Sleeve Condition", "dropdown"),
                    field(3, "Notes", "textarea")))));
            cfg.routes.get("/users/{u}/collection/folders/{f}/releases", ctx -> send(ctx, Map.of(
                    "pagination", pagination(2), "releases", List.of(
                            item(Hostile.RELEASE, 101, 5, "2020-05-01T10:00:00-07:00"),
                            item(Hostile.ODD_DATE, 102, 1, "not a date <script>")))));
            cfg.routes.get("/users/{u}/wants", ctx -> send(ctx, Map.of("pagination", pagination(1), "wants", List.of(
                    Map.of("id", Hostile.WANTED, "rating", 3, "date_added", "2021-01-02T03:04:05-08:00",
                            "notes", Hostile.WANT_NOTES, "resource_url", base() + "/releases/" + Hostile.WANTED,
                            "basic_information", basic(Hostile.WANTED, Hostile.LONG_TITLE))))));
            cfg.routes.get("/releases/{id}", ctx -> {
                long id = Long.parseLong(ctx.pathParam("id"));
                if (id != Hostile.RELEASE && id != Hostile.WANTED && id != Hostile.ODD_DATE) {
                    ctx.status(404);
                    send(ctx, Map.of("message", "The requested resource was not found."));
                    return;
                }
                send(ctx, release(id));
            });
            cfg.routes.get("/database/search", ctx -> send(ctx, Map.of("pagination", pagination(2), "results", List.of(
                    searchResult(Hostile.RELEASE, "release"), searchResult(Hostile.MASTER, "master")))));
            cfg.routes.get("/masters/{id}", ctx -> send(ctx, Map.of("id", Hostile.MASTER, "title", Hostile.TITLE,
                    "year", 1987, "main_release", Hostile.RELEASE, "artists", List.of(artist()),
                    "resource_url", base() + "/masters/" + Hostile.MASTER, "uri", Hostile.URL)));
            cfg.routes.get("/masters/{id}/versions", ctx -> send(ctx, Map.of("pagination", pagination(1), "versions",
                    List.of(Map.of("id", Hostile.RELEASE, "title", Hostile.TITLE, "label", Hostile.LABEL,
                            "country", Hostile.COUNTRY, "format", Hostile.FORMAT, "catno", Hostile.CATNO,
                            "released", "1987", "status", "Accepted", "thumb", Hostile.URL,
                            "resource_url", base() + "/releases/" + Hostile.RELEASE)))));
            cfg.routes.get("/marketplace/stats/{id}", ctx -> {
                ctx.status(500);
                send(ctx, Map.of("message", Hostile.ERROR));
            });
        });
        app.start();
    }

    String baseUrl() {
        return base();
    }

    private String base() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void send(Context ctx, Object body) throws JsonProcessingException {
        ctx.header("X-Discogs-Ratelimit", "6000").header("X-Discogs-Ratelimit-Used", "1")
                .header("X-Discogs-Ratelimit-Remaining", "5999");
        ctx.contentType("application/json").result(json.writeValueAsString(body));
    }

    private static Map<String, Object> field(int id, String name, String type) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("name", name);
        f.put("type", type);
        f.put("position", id);
        f.put("public", true);
        if (type.equals("dropdown")) {
            f.put("options", List.of("Mint (M)", Hostile.GENRE));
        } else {
            f.put("lines", 3);
        }
        return f;
    }

    private static Map<String, Object> pagination(int items) {
        return Map.of("page", 1, "pages", 1, "per_page", 100, "items", items, "urls", Map.of());
    }

    private Map<String, Object> item(long releaseId, long instanceId, long folder, String dateAdded) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", releaseId);
        item.put("instance_id", instanceId);
        item.put("folder_id", folder);
        item.put("rating", 4);
        item.put("date_added", dateAdded);
        item.put("notes", List.of(Map.of("field_id", 1, "value", Hostile.GENRE), Map.of("field_id", 2, "value", Hostile.FORMULA),
                Map.of("field_id", 3, "value", Hostile.NOTE_FIELD)));
        item.put("basic_information", basic(releaseId, Hostile.TITLE));
        item.put("resource_url", base() + "/releases/" + releaseId);
        return item;
    }

    private Map<String, Object> basic(long id, String title) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", id);
        b.put("master_id", Hostile.MASTER);
        b.put("master_url", base() + "/masters/" + Hostile.MASTER);
        b.put("resource_url", base() + "/releases/" + id);
        b.put("thumb", Hostile.URL);
        b.put("cover_image", Hostile.URL);
        b.put("title", title);
        b.put("year", 1987);
        b.put("formats", List.of(format()));
        b.put("labels", List.of(label()));
        b.put("artists", List.of(artist()));
        b.put("genres", List.of(Hostile.GENRE));
        b.put("styles", List.of(Hostile.FORMULA));
        return b;
    }

    private Map<String, Object> release(long id) {
        Map<String, Object> r = new LinkedHashMap<>(basic(id, id == Hostile.WANTED ? Hostile.LONG_TITLE : Hostile.TITLE));
        r.put("status", "Accepted");
        r.put("uri", Hostile.URL);
        r.put("artists_sort", Hostile.ARTIST);
        r.put("country", Hostile.COUNTRY);
        r.put("released", "1987-07-00");
        r.put("released_formatted", "Jul 1987 <script>window.xss=11</script>");
        r.put("notes", Hostile.NOTES);
        r.put("data_quality", Hostile.GENRE);
        r.put("format_quantity", 1);
        r.put("companies", List.of(Map.of("id", 9, "name", Hostile.LABEL, "catno", Hostile.CATNO,
                "entity_type", "23", "entity_type_name", Hostile.GENRE)));
        r.put("series", List.of());
        r.put("extraartists", List.of(Map.of("id", 8, "name", Hostile.TITLE, "anv", "", "join", "",
                "role", Hostile.FORMAT, "tracks", Hostile.TRACK)));
        List<Map<String, Object>> tracks = new ArrayList<>();
        tracks.add(Map.of("position", "A1", "type_", "track", "title", Hostile.TRACK, "duration", "3:32",
                "artists", List.of(artist())));
        tracks.add(Map.of("position", "<b>B1</b>", "type_", "track", "title", Hostile.FORMULA, "duration", "<i>9:99</i>"));
        tracks.add(Map.of("position", "", "type_", "heading", "title", Hostile.TITLE, "duration", ""));
        r.put("tracklist", tracks);
        r.put("identifiers", List.of(
                Map.of("type", "Barcode", "value", Hostile.IDENTIFIER, "description", Hostile.CATNO),
                Map.of("type", Hostile.TITLE, "value", Hostile.NOTES, "description", "")));
        r.put("images", List.of(Map.of("type", "primary", "uri", Hostile.URL, "uri150", Hostile.URL,
                "resource_url", Hostile.URL, "width", 600, "height", 600)));
        r.put("videos", List.of(Map.of("uri", Hostile.URL, "title", Hostile.TITLE, "description", Hostile.TRACK,
                "duration", 10, "embed", true)));
        r.put("community", Map.of("have", 1, "want", 2, "rating", Map.of("count", 1, "average", 4.5),
                "status", Hostile.GENRE, "data_quality", Hostile.GENRE));
        return r;
    }

    private static Map<String, Object> format() {
        return Map.of("name", "Vinyl", "qty", "1", "descriptions", List.of("LP", Hostile.FORMAT), "text", Hostile.GENRE);
    }

    private static Map<String, Object> label() {
        return Map.of("id", 2, "name", Hostile.LABEL, "catno", Hostile.CATNO, "entity_type", "1",
                "entity_type_name", "Label", "resource_url", Hostile.URL);
    }

    private static Map<String, Object> artist() {
        return Map.of("id", 3, "name", Hostile.ARTIST, "anv", "", "join", "", "role", "", "tracks", "",
                "resource_url", Hostile.URL);
    }

    private Map<String, Object> searchResult(long id, String type) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("type", type);
        r.put("title", Hostile.ARTIST + " - " + Hostile.TITLE);
        r.put("uri", Hostile.URL);
        r.put("resource_url", base() + "/releases/" + id);
        r.put("thumb", Hostile.URL);
        r.put("cover_image", Hostile.URL);
        r.put("country", Hostile.COUNTRY);
        r.put("year", "1987\"><script>window.xss=12</script>");
        r.put("format", List.of("Vinyl", Hostile.FORMAT));
        r.put("label", List.of(Hostile.LABEL, Hostile.FOLDER));
        r.put("genre", List.of(Hostile.GENRE));
        r.put("style", List.of(Hostile.GENRE));
        r.put("catno", Hostile.CATNO);
        r.put("barcode", List.of(Hostile.IDENTIFIER));
        r.put("master_id", type.equals("master") ? 0 : Hostile.MASTER);
        r.put("user_data", Map.of("in_wantlist", false, "in_collection", id == Hostile.RELEASE));
        return r;
    }
}
