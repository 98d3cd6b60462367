package app.spindle;

import app.spindle.config.Config;
import app.spindle.config.ConfigException;
import app.spindle.config.DataFolder;
import app.spindle.config.Version;
import app.spindle.discogs.ApiCounters;
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsOAuthApi;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.SettingsCredentialStore;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.web.ApiStatus;
import app.spindle.web.ErrorPages;
import app.spindle.web.ImageRoutes;
import app.spindle.web.PageContext;
import app.spindle.web.PageRoutes;
import app.spindle.web.StatusSource;
import app.spindle.web.SyncControl;
import app.spindle.web.SystemRoutes;
import app.spindle.web.Templates;
import app.spindle.web.WebServer;
import app.spindle.web.release.ReleaseRoutes;
import app.spindle.web.security.Access;
import app.spindle.web.security.LoginThrottle;
import app.spindle.web.security.Sessions;
import app.spindle.web.settings.SettingsRoutes;
import java.time.Clock;
import java.util.List;

/** The composition root: builds every part from plain constructors and starts the server. */
public final class Spindle implements AutoCloseable {
    private final Config config;
    private final Database database;
    private final DiscogsApiClient api;
    private final DiscogsAuth auth;
    private final WebServer web;
    private final FakeDiscogs demoDiscogs;

    private Spindle(Config config, Database database, DiscogsApiClient api, DiscogsAuth auth, WebServer web,
                    FakeDiscogs demoDiscogs) {
        this.demoDiscogs = demoDiscogs;
        this.config = config;
        this.database = database;
        this.api = api;
        this.auth = auth;
        this.web = web;
    }

    public static Spindle start(Config config) {
        if (!config.isLoopbackHost() && !config.hasPassword()) {
            throw new ConfigException("--host " + config.host() + " lets other machines reach Spindle: set a password first"
                    + " (SPINDLE_PASSWORD or --password)");
        }
        Config effective = config.withDataDir(DataFolder.prepare(
                config.demo() ? config.dataDir().resolve("demo") : config.dataDir()));
        Clock clock = Clock.systemUTC();
        Database database = Database.open(effective.dataDir());
        FakeDiscogs demoDiscogs = config.demo() ? DemoAccount.start(effective.demoSize()) : null;
        if (demoDiscogs != null) {
            effective = effective.withApiUrl(demoDiscogs.baseUrl());
        }

        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.from(effective), new RateGovernor(), new DiscogsModels());
        DiscogsAuth auth = new DiscogsAuth(api, new SettingsCredentialStore(database.jdbi()), null);
        SettingsRoutes.restoreConsumer(effective, auth, database.jdbi());
        if (demoDiscogs != null) {
            auth.useConsumer(demoDiscogs.consumerKey(), demoDiscogs.consumerSecret());
            auth.useTokenFromConfig(demoDiscogs.token());
        } else if (effective.discogsToken() != null && !effective.discogsToken().isBlank()) {
            auth.useTokenFromConfig(effective.discogsToken());
        }
        DiscogsClient discogs = new DiscogsClient(api);
        SyncControl sync = SyncControl.NONE;

        StatusSource status = () -> status(auth, api.counters());
        Templates templates = new Templates();
        PageContext pages = new PageContext(effective, status);
        WebServer web = new WebServer(effective, templates, List.of(
                new Access(effective, templates, pages, new Sessions(clock), new LoginThrottle(clock),
                        DiscogsOAuthApi.authorizeOrigin(effective.apiUrl())),
                new SystemRoutes(templates, status, effective.basePath()),
                new PageRoutes(effective, templates, pages, status),
                new SettingsRoutes(effective, templates, pages, status, auth, sync, database.jdbi()),
                new ReleaseRoutes(templates, pages, new ReleaseDetailsQuery(database.jdbi())),
                new ImageRoutes(effective.dataDir())),
                new ErrorPages(templates, pages));
        Spindle spindle = new Spindle(effective, database, api, auth, web, demoDiscogs);
        web.start();
        return spindle;
    }

    private static ApiStatus status(DiscogsAuth auth, ApiCounters counters) {
        DiscogsAuth.AuthState state = auth.state();
        ApiStatus base = ApiStatus.disconnected(Version.number());
        return new ApiStatus(base.version(),
                new ApiStatus.Account(state.username(), state.hasCredentials() && !state.needsReconnect()),
                state.hasCredentials() && !state.needsReconnect() ? new ApiStatus.Sync("idle", null, 0, 0, null, null) : base.sync(),
                base.counts(),
                new ApiStatus.Api(counters.requests(), counters.rateLimited(), counters.limit(),
                        counters.remaining() == null ? 0 : counters.remaining()));
    }

    public int port() {
        return web.port();
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public DiscogsAuth auth() {
        return auth;
    }

    @Override
    public void close() {
        web.stop();
        if (demoDiscogs != null) {
            demoDiscogs.close();
        }
    }
}
