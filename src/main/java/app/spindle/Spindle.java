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
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.dump.DumpImports;
import app.spindle.match.Matching;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.prices.PricePass;
import app.spindle.prices.PriceWorker;
import app.spindle.sync.CoverImages;
import app.spindle.sync.PacedDownloads;
import app.spindle.sync.ReleaseImageCache;
import app.spindle.sync.DiscogsAccess;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncRunner;
import app.spindle.sync.SyncWorker;
import app.spindle.web.WebServer;
import app.spindle.web.search.WriteThrough;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
        Database database = Database.open(effective.dataDir(), Database.IntegrityCheck.AFTER_START);
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
        boolean realDiscogs = api.settings().isRealDiscogs();
        CoverImages.Pace coverPace = CoverImages.Pace.of(api.settings());
        PacedDownloads imageHost = new PacedDownloads(api::download, coverPace.pause());
        ReleaseImageCache releaseImages = new ReleaseImageCache(imageHost, mirror.covers(), effective.dataDir(), clock,
                realDiscogs ? ReleaseImageCache.GENTLE_PER_DAY : ReleaseImageCache.LOCAL_PER_DAY);
        SyncWorker syncWorker = new SyncWorker(
                new SyncRunner(api, discogs, mirror, SyncPolicy.from(effective), clock, imageHost, coverPace),
                effective.syncInterval(), connected);
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

        PriceWorker prices = new PriceWorker(new PricePass(discogs, api.governor(), database.jdbi(), clock,
                PriceWorker.INTERVAL), connected, clock);
        WebWiring.Web web = WebWiring.build(new WebWiring.Parts(effective, clock, database, api, auth, discogs, syncWorker,
                mirror, reads, actionQueue, accountEdits, writes, matching, dumpImports, prices, backups, connected, releaseImages));
        List<AutoCloseable> readers = new ArrayList<>(List.of(actionSender, prices));
        readers.addAll(web.readers());
        readers.add(reads);
        Spindle spindle = new Spindle(effective, database, auth, syncWorker, web.server(), demoDiscogs, readers, matching,
                dumpImports, actionQueue, prices, backups);
        web.server().firstAnswer().thenRun(database::startIntegrityCheck);
        web.server().start();
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
