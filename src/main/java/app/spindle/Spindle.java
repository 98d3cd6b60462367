package app.spindle;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.ActionQueue;
import app.spindle.actions.ActionSender;
import app.spindle.backups.BackupSchedule;
import app.spindle.config.Config;
import app.spindle.config.ConfigException;
import app.spindle.config.DataFolder;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsOAuthApi;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.match.Matching;
import app.spindle.dump.DumpImports;
import app.spindle.mirror.Database;
import app.spindle.entities.EntityFetcher;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.query.EntityQuery;
import app.spindle.mirror.query.MainArtists;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.mirror.query.ShelfFacets;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.SpellingSuggestions;
import app.spindle.mirror.query.StatsReader;
import app.spindle.mirror.query.TrackSearch;
import app.spindle.playlists.ShelfPlaylists;
import app.spindle.playlists.SmartPlaylists;
import app.spindle.sync.CoverImages;
import app.spindle.sync.DiscogsAccess;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncRunner;
import app.spindle.sync.SyncWorker;
import app.spindle.prices.PriceHistory;
import app.spindle.prices.PricePass;
import app.spindle.prices.PriceWorker;
import app.spindle.prices.TargetNotes;
import app.spindle.web.ErrorPages;
import app.spindle.web.prices.DealsFeedRoutes;
import app.spindle.web.prices.HomeDeals;
import app.spindle.web.prices.PriceListRoutes;
import app.spindle.web.prices.PricePanelRoutes;
import app.spindle.web.prices.PriceRoutes;
import app.spindle.web.prices.SuggestionRoutes;
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
import app.spindle.web.folders.FolderRoutes;
import app.spindle.web.shelf.BulkRoutes;
import app.spindle.web.shelf.CardEditRoutes;
import app.spindle.web.shelf.ShelfViews;
import app.spindle.web.export.ExportRoutes;
import app.spindle.web.export.PlaylistExportRoutes;
import app.spindle.web.match.MatchRoutes;
import app.spindle.web.entities.ArtistRoutes;
import app.spindle.web.entities.EntityScreens;
import app.spindle.web.entities.LabelRoutes;
import app.spindle.web.entities.MasterRoutes;
import app.spindle.web.release.ReleaseActionRoutes;
import app.spindle.web.release.ReleaseRoutes;
import app.spindle.web.actions.ActionRoutes;
import app.spindle.web.search.SearchRoutes;
import app.spindle.web.search.WriteThrough;
import app.spindle.web.security.Access;
import app.spindle.web.stats.StatsRoutes;
import app.spindle.web.tracks.TracksRoutes;
import app.spindle.web.wantlist.WantlistActions;
import app.spindle.web.wantlist.WantlistRoutes;
import app.spindle.web.security.LoginThrottle;
import app.spindle.web.security.Sessions;
import app.spindle.web.settings.DumpImportRoutes;
import app.spindle.web.settings.SettingsRoutes;
import java.time.Clock;
import java.time.Duration;
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
    private final ActionQueue actions;
    private final PriceWorker prices;
    private final BackupSchedule backups;

    private Spindle(Config config, Database database, DiscogsAuth auth, SyncWorker sync, WebServer web,
                    FakeDiscogs demoDiscogs, List<AutoCloseable> readers, Matching matching, DumpImports dumpImports,
                    ActionQueue actions, PriceWorker prices, BackupSchedule backups) {
        this.backups = backups;
        this.actions = actions;
        this.prices = prices;
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
        Database database = Database.open(effective.dataDir(), Database.IntegrityCheck.BESIDE_START);
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
        BackupSchedule backups = new BackupSchedule(database, new BackupSchedule.Policy(effective.backupEvery(),
                effective.backupKeep()), clock, BackupSchedule::usableSpaceOf);
        // no request here: the sync's own first phase asks Discogs who we are, and a 401 there disconnects
        BooleanSupplier connected = () -> auth.state().hasCredentials() && !auth.state().needsReconnect();
        SyncWorker syncWorker = new SyncWorker(
                new SyncRunner(api, discogs, mirror, SyncPolicy.from(effective), clock, api::download,
                        api.settings().isRealDiscogs() ? CoverImages.Pace.GENTLE : CoverImages.Pace.LOCAL),
                effective.syncInterval(), connected);
        SyncControl sync = syncWorker::syncNow;
        ActionQueue actionQueue = new ActionQueue(database.jdbi(), clock, mirror.listingWriter());
        AccountEdits accountEdits = new AccountEdits(database.jdbi(), actionQueue);
        ActionSender actionSender = new ActionSender(database.jdbi(), actionQueue, discogs, mirror.listingWriter(),
                connected, clock, Duration.ofSeconds(1), Duration.ofSeconds(30), syncWorker::syncNow);
        WriteThrough writes = new WriteThrough(accountEdits, WriteThrough.PAGE_WAIT);
        MirrorReads reads = new MirrorReads(database.jdbi());
        Matching matching = Matching.over(database.jdbi(), reads, clock, discogs, connected, writes::addWantOrRefuse);
        DumpImports dumpImports = new DumpImports(mirror, clock, () -> {
            var listed = syncWorker.runner().runListing("dump");
            return listed.succeeded() ? null : listed.error();
        });

        StatusSource status = new LiveStatus(auth, syncWorker::status, api::counters, database.jdbi(), clock,
                reads.version()::current, database.health());
        Templates templates = new Templates();
        PageContext pages = new PageContext(effective, status);
        ShelfReader shelves = new ShelfReader(reads);
        ShelfFacets facets = new ShelfFacets(reads, shelves);
        SpellingSuggestions spelling = new SpellingSuggestions(reads);
        ShelfViews shelfViews = new ShelfViews(shelves, facets, clock, new MainArtists(reads), spelling);
        StatsReader stats = new StatsReader(reads, facets);
        TrackSearch tracks = new TrackSearch(reads);
        String base = effective.basePath();
        EntityQuery entities = new EntityQuery(reads);
        ReleaseDetailsQuery releaseDetails = new ReleaseDetailsQuery(reads);
        EntityFetcher fetcher = new EntityFetcher(discogs, mirror.releaseWriter(), mirror.entityStore(), releaseDetails,
                entities, connected);
        EntityScreens entityScreens = new EntityScreens(templates, pages, database.jdbi(), clock);
        WantlistActions wantlistActions = new WantlistActions(accountEdits, mirror.wants(), WriteThrough.PAGE_WAIT);
        ReleaseActionRoutes releaseActions = new ReleaseActionRoutes(templates, releaseDetails,
                accountEdits, database.jdbi(), base, WriteThrough.PAGE_WAIT);
        PriceWorker prices = new PriceWorker(new PricePass(discogs, api.governor(), database.jdbi(), clock,
                PriceWorker.INTERVAL), connected, clock);
        WebServer web = new WebServer(effective, templates, List.of(
                new Access(effective, templates, pages, new Sessions(clock), new LoginThrottle(clock),
                        DiscogsOAuthApi.authorizeOrigin(effective.apiUrl())),
                new SystemRoutes(templates, status, effective.basePath()),
                new PageRoutes(effective),
                new SettingsRoutes(effective, templates, pages, status, auth, sync, database.jdbi(), backups),
                new DumpImportRoutes(effective, templates, pages, dumpImports),
                new ReleaseRoutes(templates, pages, releaseDetails, discogs, matching.links(), fetcher, entityScreens,
                        releaseActions, new PriceHistory(database.jdbi())),
                releaseActions,
                new ActionRoutes(templates, pages, actionQueue, base),
                new MasterRoutes(entityScreens, fetcher, entities, base),
                new ArtistRoutes(entityScreens, fetcher, entities, base),
                new LabelRoutes(entityScreens, fetcher, entities, base),
                new SearchRoutes(templates, pages, auth, discogs, writes, database.jdbi(), spelling, effective.basePath()),
                new MatchRoutes(templates, pages, matching, writes::addWantOrRefuse, database.jdbi(), api::counters, connected,
                        effective),
                new ImageRoutes(effective.dataDir()),
                new CollectionRoutes(base, templates, pages, shelfViews, new HomeDeals(database.jdbi(), clock)),
                new WantlistRoutes(base, templates, pages, shelfViews, shelves, wantlistActions, clock),
                new CardEditRoutes(base, templates, shelves, shelfViews, accountEdits, database.jdbi(), WriteThrough.PAGE_WAIT),
                new BulkRoutes(base, templates, shelves, accountEdits, database.jdbi()),
                new FolderRoutes(base, templates, pages, accountEdits, database.jdbi(), WriteThrough.PAGE_WAIT),
                new TracksRoutes(base, templates, pages, tracks, spelling),
                new StatsRoutes(templates, pages, stats),
                new ExportRoutes(base, shelves, clock),
                new PlaylistExportRoutes(base, shelves, new ShelfPlaylists(database.jdbi()), new SmartPlaylists(database.jdbi())),
                new PriceRoutes(base, templates, database.jdbi(), clock, prices::nudge, discogs,
                        new TargetNotes(database.jdbi(), accountEdits)),
                new SuggestionRoutes(templates, discogs),
                new PriceListRoutes(base, templates, pages, database.jdbi(), prices::progress, clock),
                new DealsFeedRoutes(base, templates, database.jdbi()),
                new PricePanelRoutes(base, templates, database.jdbi(), prices::progress, prices::nudge, clock)),
                new ErrorPages(templates, pages, database.health()));
        Spindle spindle = new Spindle(effective, database, auth, syncWorker, web, demoDiscogs,
                List.of(actionSender, prices, tracks, spelling, stats, facets, shelves, reads), matching, dumpImports, actionQueue,
                prices, backups);
        web.start();
        syncWorker.start();
        matching.worker().start();
        actionSender.start();
        prices.start();
        backups.start();
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

    /** The queue of the user's writes to Discogs. */
    public ActionQueue actions() {
        return actions;
    }

    public PriceWorker prices() {
        return prices;
    }

    public DumpImports dumpImports() {
        return dumpImports;
    }

    /** The automatic backups in {@code <data>/backups}. */
    public BackupSchedule backups() {
        return backups;
    }

    @Override
    public void close() {
        web.stop();
        dumpImports.close();
        sync.close();
        matching.worker().close();
        backups.close();
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
