package app.spindle.web;

/** Every URL path of the app in one place, shared by routes and templates so they cannot drift. */
public final class Paths {
    public static final String HOME = "/";
    public static final String COLLECTION = "/collection";
    public static final String WANTLIST = "/wantlist";
    public static final String RELEASE = "/releases/{id}";
    public static final String MASTER = "/masters/{id}";
    public static final String ARTIST = "/artists/{id}";
    public static final String LABEL = "/labels/{id}";
    public static final String ARTIST_DISCOGRAPHY = "/artists/{id}/discography";
    public static final String LABEL_CATALOGUE = "/labels/{id}/catalogue";
    public static final String MASTER_VERSIONS = "/masters/{id}/versions";
    public static final String ARTIST_REFRESH = "/artists/{id}/refresh";
    public static final String LABEL_REFRESH = "/labels/{id}/refresh";
    public static final String MASTER_REFRESH = "/masters/{id}/refresh";
    public static final String RELEASE_REFRESH = "/releases/{id}/refresh";
    public static final String RELEASE_MARKETPLACE = "/releases/{id}/marketplace";
    public static final String TRACKS = "/tracks";
    public static final String MATCH = "/match";
    public static final String SEARCH = "/search";
    public static final String STATS = "/stats";
    public static final String SETTINGS = "/settings";
    public static final String EXPORT_COLLECTION = "/export/collection.csv";
    public static final String EXPORT_WANTLIST = "/export/wantlist.csv";
    /** A shelf view or smart playlist for DJ software: {file} is "collection.m3u8", "wantlist.xml", "on-vinyl.csv" … */
    public static final String EXPORT_PLAYLIST = "/export/playlists/{file}";

    public static final String COLLECTION_FACETS = "/collection/facets";
    public static final String WANTLIST_FACETS = "/wantlist/facets";
    public static final String WANTLIST_REMOVE = "/wantlist/{id}/remove";
    public static final String WANTLIST_RESTORE = "/wantlist/{id}/restore";
    public static final String SHOPPING_LIST = "/wantlist/shopping-list";

    public static final String SETTINGS_TOKEN = "/settings/token";
    public static final String SETTINGS_CONSUMER = "/settings/consumer";
    public static final String SETTINGS_DISCONNECT = "/settings/disconnect";
    public static final String SYNC_NOW = "/settings/sync";
    public static final String AUTH_CONNECT = "/auth/connect";
    public static final String AUTH_CALLBACK = "/auth/callback";

    public static final String ACTION_WANT = "/actions/want/{id}";
    public static final String ACTION_COLLECT = "/actions/collect/{id}";

    public static final String ACTIONS = "/actions";
    public static final String ACTION_RETRY = "/actions/queue/{id}/retry";
    public static final String ACTION_DISMISS = "/actions/queue/{id}/dismiss";
    public static final String RELEASE_COPIES = "/releases/{id}/copies";
    public static final String RELEASE_COPY = "/releases/{id}/copies/{instance}";
    public static final String RELEASE_COPY_REMOVE = "/releases/{id}/copies/{instance}/remove";
    public static final String RELEASE_COPY_RESTORE = "/releases/{id}/restore-copy";
    public static final String COLLECTION_COPY = "/collection/copies/{id}";
    public static final String COLLECTION_COPY_EDIT = "/collection/copies/{id}/edit";
    public static final String COLLECTION_COPY_REMOVE = "/collection/copies/{id}/remove";
    public static final String COLLECTION_COPY_RESTORE = "/collection/restore-copy";
    public static final String WANTLIST_EDIT = "/wantlist/{id}/edit";
    public static final String WANTLIST_SAVE = "/wantlist/{id}/save";
    public static final String COLLECTION_BULK_REVIEW = "/collection/bulk/review";
    public static final String COLLECTION_BULK = "/collection/bulk";
    public static final String WANTLIST_BULK_REVIEW = "/wantlist/bulk/review";
    public static final String WANTLIST_BULK = "/wantlist/bulk";
    public static final String BULK_PROGRESS = "/actions/progress";
    public static final String BULK_PANEL_ID = "bulk-panel";
    public static final String FOLDERS = "/folders";
    public static final String FOLDER_RENAME = "/folders/{id}/rename";
    public static final String FOLDER_DELETE = "/folders/{id}/delete";
    public static final String RELEASE_WANT = "/releases/{id}/want";
    public static final String RELEASE_ACTIONS_ID = "release-actions";

    public static final String MATCH_BATCHES = "/match/batches";
    public static final String MATCH_BATCH = "/match/batches/{id}";
    public static final String MATCH_BATCH_PROGRESS = "/match/batches/{id}/progress";
    public static final String MATCH_BATCH_WANTS = "/match/batches/{id}/wantlist";
    public static final String MATCH_BATCH_PLAYLIST = "/match/batches/{id}/playlists/{file}";
    public static final String MATCH_TRACK_ACCEPT = "/match/tracks/{id}/accept";
    public static final String MATCH_TRACK_REJECT = "/match/tracks/{id}/reject";
    public static final String MATCH_TRACK_SEARCH = "/match/tracks/{id}/search";
    public static final String MATCH_TRACK_WANT = "/match/tracks/{id}/want";
    public static final String MATCH_TRACK_UNLINK = "/match/tracks/{id}/unlink";
    public static final String MATCH_TRACK_UNREJECT = "/match/tracks/{id}/unreject";

    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";

    public static final String HEALTHZ = "/healthz";
    public static final String API_STATUS = "/api/status";
    public static final String API_RELEASE = "/api/releases/{id}";
    public static final String API_MATCH = "/api/match";

    public static final String IMAGE = "/images/{name}";
    /** One of a release's images, {@code size} "large" or "small", cached on first view. */
    public static final String RELEASE_IMAGE = "/releases/{id}/images/{position}/{size}";

    public static final String PARTIAL_STATUS = "/partials/status";
    public static final String PARTIAL_SYNC_INDICATOR = "/partials/sync-indicator";

    /** htmx target ids. */
    public static final String STATUS_PANEL_ID = "status-panel";
    public static final String SHELF_FORM_ID = "shelf-form";
    public static final String SHELF_RESULTS_ID = "shelf-results";
    public static final String SHELF_FACETS_ID = "shelf-facets";
    public static final String SHELF_SEARCH_ID = "shelf-q";
    public static final String SHELF_COUNT_ID = "shelf-count";
    public static final String TRACK_RESULTS_ID = "track-results";
    public static final String TRACK_SEARCH_ID = "track-q";

    /** A path with its {id} filled in: {@code withId(WANTLIST_REMOVE, 42)} → /wantlist/42/remove. */
    public static String withId(String path, long id) {
        return path.replace("{id}", Long.toString(id));
    }

    /** A cached cover: {@code local_file} is relative to the data folder, e.g. "images/249504.jpg". */
    public static String imageUrl(String localFile) {
        return "/images/" + localFile.substring(localFile.lastIndexOf('/') + 1);
    }

    public static String releaseImage(long id, int position, String size) {
        return withId(RELEASE_IMAGE, id).replace("{position}", Integer.toString(position)).replace("{size}", size);
    }

    public static String release(long id) {
        return withId(RELEASE, id);
    }

    public static String actionWant(long id) {
        return withId(ACTION_WANT, id);
    }

    public static String actionCollect(long id) {
        return withId(ACTION_COLLECT, id);
    }

    public static String matchBatch(long id) {
        return withId(MATCH_BATCH, id);
    }

    /** A track action of a batch: accept, reject, search or want. */
    public static String matchTrack(long trackId, String action) {
        return withId("/match/tracks/{id}/" + action, trackId);
    }

    public static String master(long id) {
        return withId(MASTER, id);
    }

    public static String artist(long id) {
        return "/artists/" + id;
    }

    public static String label(long id) {
        return "/labels/" + id;
    }

    private Paths() {
    }
}
