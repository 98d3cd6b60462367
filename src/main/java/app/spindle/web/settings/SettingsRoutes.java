package app.spindle.web.settings;

import app.spindle.web.HtmxRequest;
import app.spindle.backups.BackupSchedule;
import app.spindle.config.Config;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.DiscogsException;
import app.spindle.web.BadRequest;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.PageContext;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.StatusPanel;
import app.spindle.web.StatusSource;
import app.spindle.web.SyncControl;
import app.spindle.web.Templates;
import app.spindle.web.Urls;
import app.spindle.web.security.RequestOrigin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;

/** Account connection (personal token or OAuth), disconnect, "sync now". */
public final class SettingsRoutes implements RouteGroup {
    /** What was just done, carried by the redirect back to Settings as {@code ?done=}, and the line that says so. */
    private enum Done {
        CONNECTED("Connected. The first sync starts now."),
        DISCONNECTED("Disconnected. Spindle forgot the account's tokens; the mirror stays."),
        CONSUMER("Application key saved. Now connect with Discogs."),
        SYNC("A sync has been started.");

        private final String flash;

        Done(String flash) {
            this.flash = flash;
        }
    }

    private final Config config;
    private final Templates templates;
    private final PageContext pages;
    private final StatusSource status;
    private final DiscogsAuth auth;
    private final SyncControl sync;
    private final BackupSchedule backups;

    public SettingsRoutes(Config config, Templates templates, PageContext pages, StatusSource status, DiscogsAuth auth,
                          SyncControl sync, BackupSchedule backups) {
        this.backups = backups;
        this.config = config;
        this.templates = templates;
        this.pages = pages;
        this.status = status;
        this.auth = auth;
        this.sync = sync;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.SETTINGS, ctx -> show(ctx, 200, null));
        routes.post(Paths.SETTINGS_TOKEN, this::connectWithToken);
        routes.post(Paths.SETTINGS_CONSUMER, this::saveConsumer);
        routes.post(Paths.AUTH_CONNECT, this::startOAuth);
        routes.get(Paths.AUTH_CALLBACK, this::finishOAuth);
        routes.post(Paths.SETTINGS_DISCONNECT, this::disconnect);
        routes.post(Paths.SYNC_NOW, this::syncNow);
    }

    private void show(Context ctx, int code, String error) {
        DiscogsAuth.AuthState state = auth.state();
        SettingsPage.Method method = config.demo() ? SettingsPage.Method.DEMO
                : config.discogsToken() != null ? SettingsPage.Method.CONFIG
                : !state.hasCredentials() ? SettingsPage.Method.NONE : SettingsPage.Method.ACCOUNT;
        ctx.status(code);
        templates.page(ctx, "settings/index.jte", new SettingsPage(
                pages.layout(ctx, "Settings", "settings"),
                status.current(),
                new SettingsPage.Account(state.hasCredentials(), state.username(), state.needsReconnect(), method),
                auth.consumer().isPresent(),
                describe(config.syncInterval()),
                config.dataDir().toAbsolutePath().normalize().toString(),
                BackupsView.of(backups, java.time.Instant.now()),
                Params.lookup(ctx.queryParam("done"), Done.values(), Params::lowerCase).map(d -> d.flash).orElse(null),
                error));
    }

    private void connectWithToken(Context ctx) {
        String token = trimmed(ctx.formParam("token"));
        if (token == null) {
            show(ctx, 400, "Paste a personal access token first (discogs.com → Settings → Developers).");
            return;
        }
        if (token.length() > 200 || !token.matches("[A-Za-z0-9_-]+")) {
            show(ctx, 400, "That does not look like a Discogs token: tokens are letters and digits only.");
            return;
        }
        try {
            auth.connectWithToken(token);
        } catch (DiscogsException.Unauthorized e) {
            show(ctx, 400, "Discogs did not accept that token. Check that you copied all of it.");
            return;
        } catch (DiscogsException e) {
            showProblem(ctx, e);
            return;
        }
        connected(ctx);
    }

    private void saveConsumer(Context ctx) {
        String key = trimmed(ctx.formParam("consumer_key"));
        String secret = trimmed(ctx.formParam("consumer_secret"));
        if (key == null || secret == null || key.length() > 200 || secret.length() > 200) {
            show(ctx, 400, "Both the consumer key and the consumer secret of your Discogs application are needed.");
            return;
        }
        auth.keepConsumer(key, secret);
        redirect(ctx, Done.CONSUMER);
    }

    private void startOAuth(Context ctx) {
        if (auth.consumer().isEmpty()) {
            show(ctx, 400, "Enter your Discogs application's consumer key and secret first.");
            return;
        }
        String callback = RequestOrigin.origin(ctx) + config.basePath() + Paths.AUTH_CALLBACK;
        try {
            ctx.redirect(auth.startAuthorization(callback, DiscogsCredentials.SignatureMethod.PLAINTEXT));
        } catch (DiscogsException e) {
            showProblem(ctx, e);
        }
    }

    /** Discogs sends the browser back here with a GET; only the pending request token is accepted. */
    private void finishOAuth(Context ctx) {
        if (ctx.queryParam("denied") != null) {
            show(ctx, 400, "You declined the authorization on Discogs; nothing was connected.");
            return;
        }
        try {
            auth.completeAuthorization(ctx.queryParam("oauth_token"), ctx.queryParam("oauth_verifier"));
        } catch (DiscogsException e) {
            showProblem(ctx, e);
            return;
        }
        connected(ctx);
    }

    /** A new connection: its first sync starts at once. */
    private void connected(Context ctx) {
        sync.syncNow();
        redirect(ctx, Done.CONNECTED);
    }

    private void showProblem(Context ctx, DiscogsException e) {
        DiscogsProblem problem = DiscogsProblem.of(e);
        show(ctx, problem.status(), problem.message());
    }

    private void disconnect(Context ctx) {
        auth.disconnect();
        redirect(ctx, Done.DISCONNECTED);
    }

    private void syncNow(Context ctx) {
        if (!auth.state().hasCredentials()) {
            throw new BadRequest("Connect a Discogs account before syncing.");
        }
        sync.syncNow();
        if (HtmxRequest.isHtmx(ctx)) {
            StatusPanel panel = new StatusPanel(status.current(), new Urls(config.basePath()));
            templates.fragment(ctx, "partials/status.jte", panel, panel.announcement());
        } else {
            redirect(ctx, Done.SYNC);
        }
    }

    private void redirect(Context ctx, Done done) {
        ctx.redirect(config.basePath() + Paths.SETTINGS + "?done=" + Params.lowerCase(done));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String describe(Duration d) {
        if (d.isZero()) {
            return "never (sync only when asked)";
        }
        if (d.toDays() > 0 && d.toHours() % 24 == 0) {
            return "every " + plural(d.toDays(), "day");
        }
        if (d.toHours() > 0 && d.toMinutes() % 60 == 0) {
            return "every " + plural(d.toHours(), "hour");
        }
        return "every " + plural(Math.max(1, d.toMinutes()), "minute");
    }

    private static String plural(long n, String unit) {
        return n == 1 ? unit : n + " " + unit + "s";
    }
}
