package app.spindle.web;

import java.util.List;

/**
 * What the shared page layout needs: the title, the navigation entry to highlight and the banners.
 * Every page record carries one.
 */
public record Layout(String title, String active, String basePath, boolean demo, String version,
                     List<Banner> banners, String csrfToken, boolean canLogOut, SyncIndicator sync) {

    public record NavItem(String key, String label, String path) {
    }

    public record Banner(String kind, String message) {
    }

    public static final List<NavItem> NAV = List.of(
            new NavItem("collection", "Collection", Paths.COLLECTION),
            new NavItem("wantlist", "Wantlist", Paths.WANTLIST),
            new NavItem("tracks", "Tracks", Paths.TRACKS),
            new NavItem("match", "Match", Paths.MATCH),
            new NavItem("search", "Search", Paths.SEARCH),
            new NavItem("stats", "Stats", Paths.STATS),
            new NavItem("actions", "Actions", Paths.ACTIONS),
            new NavItem("settings", "Settings", Paths.SETTINGS));

    /** htmx, served from its webjar by the app itself: pages work with no internet. */
    public static final String HTMX_SRC = HtmxWebjar.scriptPath();

    /** Sent by htmx with every request it makes, so that state-changing calls pass the CSRF check. */
    public String htmxHeaders() {
        return "{\"X-CSRF-Token\": \"" + (csrfToken == null ? "" : csrfToken) + "\"}";
    }

    /** For a page a visitor sees before logging in: no sync indicator, which would poll and tell about the account. */
    public Layout withoutSync() {
        return new Layout(title, active, basePath, demo, version, banners, csrfToken, canLogOut, null);
    }

    public List<NavItem> nav() {
        return NAV;
    }

    /** The page's own entry of the navigation, highlighted. */
    public boolean isActive(NavItem item) {
        return item.key().equals(active);
    }

    public Urls urls() {
        return new Urls(basePath);
    }

    /** A link inside the app, prefixed with the reverse-proxy base path when there is one. */
    public String url(String path) {
        return urls().url(path);
    }
}
