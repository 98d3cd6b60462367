package app.spindle.mirror;

/**
 * A credit's {@code resource_url} as stored: nearly always {@code https://api.discogs.com/artists/<id>}
 * (or {@code /labels/<id>}), which the id already says. Stored as NULL in that case — a sixth of an
 * imported catalogue's size — and as {@code none} when Discogs sent none; read back as sent.
 */
final class ApiUrls {
    static final String ARTISTS = "https://api.discogs.com/artists/";
    static final String LABELS = "https://api.discogs.com/labels/";
    static final String RELEASES = "https://api.discogs.com/releases/";
    static final String MASTERS = "https://api.discogs.com/masters/";
    static final String RELEASE_PAGES = "https://www.discogs.com/release/";
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

    /**
     * A release's own {@code resource_url}, {@code uri} or {@code master_url} as stored: NULL when it is the one
     * its id gives (every dump record's, most API ones' but the slugged {@code uri}) or absent; 0.10 KB of each
     * imported release. The release page links {@code https://www.discogs.com/release/<id>} for a NULL uri.
     */
    static String ownUrl(String url, String prefix, Long id) {
        return url == null || id != null && url.length() > prefix.length() && url.startsWith(prefix)
                && url.substring(prefix.length()).equals(Long.toString(id)) ? null : url;
    }

    /** What {@link #ownUrl} stored, as Discogs sent it. */
    static String readOwnUrl(String stored, String prefix, Long id) {
        return stored != null || id == null ? stored : prefix + id;
    }

    static String read(String stored, String prefix, long id) {
        if (stored == null) {
            return prefix + id;
        }
        return stored.equals(NONE) ? null : stored;
    }
}
