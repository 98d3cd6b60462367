package app.spindle.web;

import app.spindle.sync.SyncStatus;

import app.spindle.config.Config;
import app.spindle.config.Version;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link Layout} for a request: base path, demo banner, account and sync banners. */
public final class PageContext {
    /** The request attribute where the CSRF guard leaves the token that forms send back. */
    public static final String CSRF_TOKEN = "csrfToken";

    private final Config config;
    private final StatusSource status;

    public PageContext(Config config, StatusSource status) {
        this.config = config;
        this.status = status;
    }

    public Layout layout(Context ctx, String title, String active) {
        List<Layout.Banner> banners = new ArrayList<>();
        if (config.demo()) {
            banners.add(new Layout.Banner("demo",
                    "Demo mode: this is a made-up Discogs account served by Spindle's built-in stand-in. Nothing here is yours."));
        }
        ApiStatus.Sync sync = status.sync();
        if (sync.state() == SyncStatus.State.FAILED && sync.lastError() != null) {
            banners.add(new Layout.Banner("warning", "The last sync failed: " + sync.lastError()
                    + ". Pages show the local mirror."));
        }
        return new Layout(title, active, config.basePath(), config.demo(), Version.number(), List.copyOf(banners),
                ctx.attribute(CSRF_TOKEN), config.hasPassword(), SyncIndicator.of(sync, new Urls(config.basePath())));
    }
}
