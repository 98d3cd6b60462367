package app.spindle;

import app.spindle.config.Config;
import app.spindle.config.ConfigException;
import app.spindle.config.DataFolder;
import app.spindle.config.Version;
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.mirror.query.ShelfFacets;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.StatsReader;
import app.spindle.mirror.query.TrackSearch;
import app.spindle.web.ApiStatus;
import app.spindle.web.ErrorPages;
import app.spindle.web.PageContext;
import app.spindle.web.PageRoutes;
import app.spindle.web.StatusSource;
import app.spindle.web.SystemRoutes;
import app.spindle.web.Templates;
import app.spindle.web.WebServer;
import app.spindle.web.collection.CollectionRoutes;
import app.spindle.web.collection.CoverFiles;
import app.spindle.web.collection.ShelfViews;
import app.spindle.web.export.ExportRoutes;
import app.spindle.web.stats.StatsRoutes;
import app.spindle.web.tracks.TracksRoutes;
import app.spindle.web.wantlist.DiscogsWantlistRemote;
import app.spindle.web.wantlist.WantlistActions;
import app.spindle.web.wantlist.WantlistRemote;
import app.spindle.web.wantlist.WantlistRoutes;
import app.spindle.web.security.Access;
import app.spindle.web.security.LoginThrottle;
import app.spindle.web.security.Sessions;
import java.time.Clock;
import java.util.List;

/** The composition root: builds every part from plain constructors and starts the server. */
public final class Spindle implements AutoCloseable {
    private final Config config;
    private final Database database;
    private final WebServer web;
    private final List<AutoCloseable> readers;

    private Spindle(Config config, Database database, WebServer web, List<AutoCloseable> readers) {
        this.config = config;
        this.database = database;
        this.web = web;
        this.readers = readers;
    }

    public static Spindle start(Config config) {
        if (!config.isLoopbackHost() && !config.hasPassword()) {
            throw new ConfigException("--host " + config.host() + " lets other machines reach Spindle: set a password first"
                    + " (SPINDLE_PASSWORD or --password)");
        }
        Config effective = config.withDataDir(DataFolder.prepare(
                config.demo() ? config.dataDir().resolve("demo") : config.dataDir()));
        Database database = Database.open(effective.dataDir());
        StatusSource status = () -> ApiStatus.disconnected(Version.number());
        Templates templates = new Templates();
        Clock clock = Clock.systemUTC();
        PageContext pages = new PageContext(effective, status);
        Mirror mirror = new Mirror(database, clock);
        MirrorReads reads = new MirrorReads(database.jdbi());
        ShelfReader shelves = new ShelfReader(reads);
        ShelfFacets facets = new ShelfFacets(reads);
        ShelfViews shelfViews = new ShelfViews(shelves, facets);
        StatsReader stats = new StatsReader(reads, facets);
        TrackSearch tracks = new TrackSearch(reads);
        String base = effective.basePath();
        WantlistActions wantlistActions = new WantlistActions(wantlistRemote(effective), mirror.wants(),
                mirror.listingWriter());
        WebServer web = new WebServer(effective, templates,
                List.of(new Access(effective, templates, pages, new Sessions(clock), new LoginThrottle(clock)),
                        new SystemRoutes(templates, status), new PageRoutes(effective, templates, pages, status),
                        new CollectionRoutes(base, templates, pages, shelfViews, new CoverFiles(effective.dataDir())),
                        new WantlistRoutes(base, templates, pages, shelfViews, shelves, wantlistActions),
                        new TracksRoutes(base, templates, pages, tracks),
                        new StatsRoutes(templates, pages, stats), new ExportRoutes(base, shelves, clock)),
                new ErrorPages(templates, pages));
        Spindle spindle = new Spindle(effective, database, web, List.of(tracks, stats, facets, shelves, reads));
        web.start();
        return spindle;
    }

    /** Wantlist changes go to Discogs when a token is configured; the lead's shared client should replace this. */
    private static WantlistRemote wantlistRemote(Config config) {
        if (config.discogsToken() == null || config.discogsToken().isBlank()) {
            return WantlistRemote.NOT_CONNECTED;
        }
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.from(config), new RateGovernor(), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(config.discogsToken()));
        return new DiscogsWantlistRemote(new DiscogsClient(api));
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

    @Override
    public void close() {
        web.stop();
        for (AutoCloseable reader : readers) {
            try {
                reader.close();
            } catch (Exception e) {
                // closing caches and a read connection cannot lose data
            }
        }
    }
}
