package app.spindle;

import app.spindle.config.Config;
import app.spindle.config.ConfigException;
import app.spindle.config.DataFolder;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsOAuthApi;
import app.spindle.discogs.Priority;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.match.Matching;
import app.spindle.dump.DumpImports;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.mirror.query.ShelfFacets;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.StatsReader;
import app.spindle.mirror.query.TrackSearch;
import app.spindle.sync.CoverImages;
import app.spindle.sync.DiscogsAccess;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncRunner;
import app.spindle.sync.SyncWorker;
import app.spindle.web.ErrorPages;
import app.spindle.web.LiveStatus;
import app.spindle.web.ImageRoutes;
import app.spindle.web.PageContext;
import app.spindle.web.PageRoutes;
import app.spindle.web.StatusSource;
import app.spindle.web.SyncControl;
import app.spindle.web.SystemRoutes;
import app.spindle.web.Templates;
import app.spindle.web.WebServer;
import app.spindle.web.collection.CollectionRoutes;
import app.spindle.web.shelf.ShelfViews;
import app.spindle.web.export.ExportRoutes;
import app.spindle.web.match.MatchRoutes;
import app.spindle.web.release.ReleaseRoutes;
import app.spindle.web.search.SearchRoutes;
import app.spindle.web.search.WriteThrough;
import app.spindle.web.security.Access;
import app.spindle.web.stats.StatsRoutes;
import app.spindle.web.tracks.TracksRoutes;
import app.spindle.web.wantlist.DiscogsWantlistRemote;
import app.spindle.web.wantlist.WantlistActions;
import app.spindle.web.wantlist.WantlistRoutes;
import app.spindle.web.security.LoginThrottle;
import app.spindle.web.security.Sessions;
import app.spindle.web.settings.DumpImportRoutes;
import app.spindle.web.settings.SettingsRoutes;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The composition root: builds every part from plain constructors and starts the server. */
public final class Spindle implements AutoCloseable {
    private final Config config;
    private final Database database;
    private final SyncWorker sync;
    private final DiscogsAuth auth;
    private final WebServer web;
    private final FakeDiscogs demoDiscogs;
    private final List<AutoCloseable> readers;
    private final Matching matching;
    private final DumpImports dumpImports;

    private Spindle(Config config, Database database, DiscogsAuth auth, SyncWorker sync, WebServer web,
                    FakeDiscogs demoDiscogs, List<AutoCloseable> readers, Matching matching, DumpImports dumpImports) {
        this.matching = matching;
        this.dumpImports = dumpImports;
        this.demoDiscogs = demoDiscogs;
        this.readers = readers;
        this.config = config;
        this.database = database;
        this.sync = sync;
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

        DiscogsAccess access = DiscogsAccess.connect(effective, database.jdbi());
        DiscogsApiClient api = access.api();
        DiscogsAuth auth = access.auth();
        DiscogsClient discogs = access.client();
        if (demoDiscogs != null) {
            auth.useConsumer(demoDiscogs.consumerKey(), demoDiscogs.consumerSecret());
            auth.useTokenFromConfig(demoDiscogs.token());
        }
        Mirror mirror = new Mirror(database, clock);
        // no request here: the sync's own first phase asks Discogs who we are, and a 401 there disconnects
        BooleanSupplier connected = () -> auth.state().hasCredentials() && !auth.state().needsReconnect();
        SyncWorker syncWorker = new SyncWorker(
                new SyncRunner(api, discogs, mirror, SyncPolicy.from(effective), clock, api::download,
                        api.settings().isRealDiscogs() ? CoverImages.Pace.GENTLE : CoverImages.Pace.LOCAL),
                effective.syncInterval(), connected);
        SyncControl sync = syncWorker::syncNow;
        WriteThrough writes = new WriteThrough(discogs, mirror.listingWriter());
        MirrorReads reads = new MirrorReads(database.jdbi());
        Matching matching = Matching.over(database.jdbi(), reads, clock, discogs, connected,
                new WriteThrough(discogs.withPriority(Priority.BACKGROUND), mirror.listingWriter())::addWant);
        DumpImports dumpImports = new DumpImports(mirror, clock, () -> {
            var listed = syncWorker.runner().runListing("dump");
            return listed.succeeded() ? null : listed.error();
        });

        StatusSource status = new LiveStatus(auth, syncWorker::status, api::counters, database.jdbi(), clock,
                reads.version()::current);
        Templates templates = new Templates();
        PageContext pages = new PageContext(effective, status);
        ShelfReader shelves = new ShelfReader(reads);
        ShelfFacets facets = new ShelfFacets(reads, shelves);
        ShelfViews shelfViews = new ShelfViews(shelves, facets);
        StatsReader stats = new StatsReader(reads, facets);
        TrackSearch tracks = new TrackSearch(reads);
        String base = effective.basePath();
        WantlistActions wantlistActions = new WantlistActions(new DiscogsWantlistRemote(discogs, auth::isAuthenticated),
                mirror.wants(), mirror.listingWriter());
        WebServer web = new WebServer(effective, templates, List.of(
                new Access(effective, templates, pages, new Sessions(clock), new LoginThrottle(clock),
                        DiscogsOAuthApi.authorizeOrigin(effective.apiUrl())),
                new SystemRoutes(templates, status, effective.basePath()),
                new PageRoutes(effective),
                new SettingsRoutes(effective, templates, pages, status, auth, sync, database.jdbi()),
                new DumpImportRoutes(effective, templates, pages, dumpImports),
                new ReleaseRoutes(templates, pages, new ReleaseDetailsQuery(reads), discogs, matching.links()),
                new SearchRoutes(templates, pages, auth, discogs, writes, database.jdbi(), effective.basePath()),
                new MatchRoutes(templates, pages, matching, writes::addWant, database.jdbi(), api::counters, connected,
                        effective),
                new ImageRoutes(effective.dataDir()),
                new CollectionRoutes(base, templates, pages, shelfViews),
                new WantlistRoutes(base, templates, pages, shelfViews, shelves, wantlistActions),
                new TracksRoutes(base, templates, pages, tracks),
                new StatsRoutes(templates, pages, stats),
                new ExportRoutes(base, shelves, clock)),
                new ErrorPages(templates, pages));
        Spindle spindle = new Spindle(effective, database, auth, syncWorker, web, demoDiscogs,
                List.of(tracks, stats, facets, shelves, reads), matching, dumpImports);
        web.start();
        syncWorker.start();
        matching.worker().start();
        return spindle;
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

    public SyncWorker sync() {
        return sync;
    }

    public Matching matching() {
        return matching;
    }

    public DiscogsAuth auth() {
        return auth;
    }

    public DumpImports dumpImports() {
        return dumpImports;
    }

    @Override
    public void close() {
        web.stop();
        dumpImports.close();
        sync.close();
        matching.worker().close();
        for (AutoCloseable reader : readers) {
            try {
                reader.close();
            } catch (Exception e) {
                // closing caches and read connections cannot lose data
            }
        }
        database.close();
        if (demoDiscogs != null) {
            demoDiscogs.close();
        }
    }
}
