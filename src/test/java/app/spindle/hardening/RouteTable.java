package app.spindle.hardening;

import app.spindle.web.Paths;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every route of the app with the form fields it reads, keyed by its {@link Paths} constant. A path
 * constant missing here fails {@code BadInputTest}, so a new page is attacked as soon as it exists.
 */
final class RouteTable {
    /** Constants of {@link Paths} that start with "/" but are not routes of their own. */
    static final Set<String> NOT_ROUTES = Set.of("IMAGES");

    record Route(String constant, String method, String template, List<String> fields) {
        boolean hasPathParameter() {
            return template.contains("{");
        }

        /** The path with every parameter set to {@code value} (already URL-encoded). */
        String with(String value) {
            return template.replaceAll("\\{[a-z]+}", java.util.regex.Matcher.quoteReplacement(value));
        }

        boolean isPost() {
            return method.equals("POST");
        }
    }

    static final List<Route> ALL = List.of(
            get("HOME", Paths.HOME),
            get("COLLECTION", Paths.COLLECTION),
            get("WANTLIST", Paths.WANTLIST),
            get("RELEASE", Paths.RELEASE),
            get("MASTER", Paths.MASTER),
            get("MASTER_VERSIONS", Paths.MASTER_VERSIONS),
            post("MASTER_REFRESH", Paths.MASTER_REFRESH),
            get("ARTIST", Paths.ARTIST),
            get("ARTIST_DISCOGRAPHY", Paths.ARTIST_DISCOGRAPHY),
            post("ARTIST_REFRESH", Paths.ARTIST_REFRESH),
            get("LABEL", Paths.LABEL),
            get("LABEL_CATALOGUE", Paths.LABEL_CATALOGUE),
            post("LABEL_REFRESH", Paths.LABEL_REFRESH),
            post("RELEASE_REFRESH", Paths.RELEASE_REFRESH),
            get("RELEASE_MARKETPLACE", Paths.RELEASE_MARKETPLACE),
            get("TRACKS", Paths.TRACKS),
            get("MATCH", Paths.MATCH),
            post("MATCH_BATCHES", Paths.MATCH_BATCHES, "mode", "lines"),
            get("MATCH_BATCH", Paths.MATCH_BATCH),
            get("MATCH_BATCH_PROGRESS", Paths.MATCH_BATCH_PROGRESS),
            get("MATCH_BATCH_WANTS", Paths.MATCH_BATCH_WANTS),
            post("MATCH_BATCH_WANTS", Paths.MATCH_BATCH_WANTS, "track"),
            get("MATCH_BATCH_PLAYLIST", Paths.MATCH_BATCH_PLAYLIST),
            post("MATCH_TRACK_ACCEPT", Paths.MATCH_TRACK_ACCEPT, "release"),
            post("MATCH_TRACK_REJECT", Paths.MATCH_TRACK_REJECT, "release"),
            post("MATCH_TRACK_SEARCH", Paths.MATCH_TRACK_SEARCH, "artist", "title", "album", "year", "catno"),
            post("MATCH_TRACK_WANT", Paths.MATCH_TRACK_WANT, "release"),
            get("SEARCH", Paths.SEARCH),
            get("STATS", Paths.STATS),
            get("SETTINGS", Paths.SETTINGS),
            get("EXPORT_COLLECTION", Paths.EXPORT_COLLECTION),
            get("EXPORT_WANTLIST", Paths.EXPORT_WANTLIST),
            get("EXPORT_PLAYLIST", Paths.EXPORT_PLAYLIST),
            get("COLLECTION_FACETS", Paths.COLLECTION_FACETS),
            get("WANTLIST_FACETS", Paths.WANTLIST_FACETS),
            get("SHOPPING_LIST", Paths.SHOPPING_LIST),
            post("WANTLIST_REMOVE", Paths.WANTLIST_REMOVE, "view"),
            post("WANTLIST_RESTORE", Paths.WANTLIST_RESTORE, "view", "rating", "notes"),
            post("SETTINGS_TOKEN", Paths.SETTINGS_TOKEN, "token"),
            post("SETTINGS_CONSUMER", Paths.SETTINGS_CONSUMER, "consumer_key", "consumer_secret"),
            post("SETTINGS_DISCONNECT", Paths.SETTINGS_DISCONNECT),
            post("SYNC_NOW", Paths.SYNC_NOW),
            post("AUTH_CONNECT", Paths.AUTH_CONNECT),
            get("AUTH_CALLBACK", Paths.AUTH_CALLBACK),
            post("ACTION_WANT", Paths.ACTION_WANT, "title", "owned", "wanted"),
            post("ACTION_COLLECT", Paths.ACTION_COLLECT, "folder", "title", "owned", "wanted"),
            get("LOGIN", Paths.LOGIN),
            post("LOGIN", Paths.LOGIN, "password", "next"),
            post("LOGOUT", Paths.LOGOUT),
            get("HEALTHZ", Paths.HEALTHZ),
            get("API_STATUS", Paths.API_STATUS),
            get("API_RELEASE", Paths.API_RELEASE),
            get("API_MATCH", Paths.API_MATCH),
            get("IMAGE", Paths.IMAGE),
            get("RELEASE_IMAGE", Paths.RELEASE_IMAGE),
            get("PARTIAL_STATUS", Paths.PARTIAL_STATUS),
            get("PARTIAL_SYNC_INDICATOR", Paths.PARTIAL_SYNC_INDICATOR),
            get("ACTIONS", Paths.ACTIONS),
            post("ACTION_RETRY", Paths.ACTION_RETRY),
            post("ACTION_DISMISS", Paths.ACTION_DISMISS),
            post("RELEASE_COPIES", Paths.RELEASE_COPIES, "folder"),
            post("RELEASE_COPY", Paths.RELEASE_COPY, "rating", "folder", "field-1", "field-3"),
            post("RELEASE_COPY_REMOVE", Paths.RELEASE_COPY_REMOVE),
            post("RELEASE_WANT", Paths.RELEASE_WANT, "op", "notes", "rating"),
            post("RELEASE_COPY_RESTORE", Paths.RELEASE_COPY_RESTORE, "folder", "rating", "field-1", "field-3"),
            get("COLLECTION_COPY_EDIT", Paths.COLLECTION_COPY_EDIT),
            post("COLLECTION_COPY", Paths.COLLECTION_COPY, "rating", "folder", "view"),
            post("COLLECTION_COPY_REMOVE", Paths.COLLECTION_COPY_REMOVE, "view"),
            post("COLLECTION_COPY_RESTORE", Paths.COLLECTION_COPY_RESTORE, "release", "card", "folder", "rating",
                    "field-1", "view", "title"),
            get("WANTLIST_EDIT", Paths.WANTLIST_EDIT),
            post("WANTLIST_SAVE", Paths.WANTLIST_SAVE, "rating", "notes", "view"),
            post("COLLECTION_BULK_REVIEW", Paths.COLLECTION_BULK_REVIEW, "op", "keys", "value", "all", "q", "genre"),
            post("COLLECTION_BULK", Paths.COLLECTION_BULK, "op", "keys", "value"),
            post("WANTLIST_BULK_REVIEW", Paths.WANTLIST_BULK_REVIEW, "op", "keys", "all", "pick"),
            post("WANTLIST_BULK", Paths.WANTLIST_BULK, "op", "keys"),
            get("BULK_PROGRESS", Paths.BULK_PROGRESS),
            get("FOLDERS", Paths.FOLDERS),
            post("FOLDERS", Paths.FOLDERS, "name"),
            post("FOLDER_RENAME", Paths.FOLDER_RENAME, "name"),
            post("FOLDER_DELETE", Paths.FOLDER_DELETE),
            post("MATCH_TRACK_UNLINK", Paths.MATCH_TRACK_UNLINK),
            post("MATCH_TRACK_UNREJECT", Paths.MATCH_TRACK_UNREJECT, "release"),
            // The matcher's pages (branch matchui), by the names its Paths constants have there: attacked as soon as
            // they exist, answered 404 until then.
            post("MATCH_BATCHES", "/match/batches"),
            get("MATCH_BATCH", "/match/batches/{id}"),
            get("MATCH_BATCH_PROGRESS", "/match/batches/{id}/progress"),
            get("MATCH_BATCH_WANTS", "/match/batches/{id}/wantlist"),
            post("MATCH_BATCH_WANTS", "/match/batches/{id}/wantlist"),
            post("MATCH_TRACK_ACCEPT", "/match/tracks/{id}/accept"),
            post("MATCH_TRACK_REJECT", "/match/tracks/{id}/reject"),
            post("MATCH_TRACK_SEARCH", "/match/tracks/{id}/search"),
            post("MATCH_TRACK_WANT", "/match/tracks/{id}/want"));

    private RouteTable() {
    }

    /** Path constants of {@link Paths} that no route in {@link #ALL} names. */
    static Set<String> uncoveredPathConstants() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>();
        for (Field f : Paths.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) || !Modifier.isPublic(m) || f.getType() != String.class) {
                continue;
            }
            String value = (String) f.get(null);
            if (value.startsWith("/") && !NOT_ROUTES.contains(f.getName())
                    && ALL.stream().noneMatch(r -> r.constant().equals(f.getName()))) {
                missing.add(f.getName() + " = " + value);
            }
        }
        return missing;
    }

    private static Route get(String constant, String path) {
        return new Route(constant, "GET", path, List.of());
    }

    private static Route post(String constant, String path, String... fields) {
        return new Route(constant, "POST", path, new ArrayList<>(List.of(fields)));
    }
}
