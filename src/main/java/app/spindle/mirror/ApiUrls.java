package app.spindle.mirror;

/**
 * A credit's {@code resource_url} as stored: nearly always {@code https://api.discogs.com/artists/<id>}
 * (or {@code /labels/<id>}), which the id already says. Stored as NULL in that case — a sixth of an
 * imported catalogue's size — and as {@code none} when Discogs sent none; read back as sent.
 */
final class ApiUrls {
    static final String ARTISTS = "https://api.discogs.com/artists/";
    static final String LABELS = "https://api.discogs.com/labels/";
    private static final String NONE = "none";

    private ApiUrls() {
    }

    static String stored(String url, String prefix, long id) {
        if (url == null) {
            return NONE;
        }
        return url.length() > prefix.length() && url.startsWith(prefix) && url.substring(prefix.length()).equals(Long.toString(id))
                ? null : url;
    }

    static String read(String stored, String prefix, long id) {
        if (stored == null) {
            return prefix + id;
        }
        return stored.equals(NONE) ? null : stored;
    }
}
