package app.spindle;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.ActionQueue;
import app.spindle.actions.ActionReads;
import app.spindle.backups.BackupSchedule;
import app.spindle.config.Config;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsOAuthApi;
import app.spindle.dump.DumpImports;
import app.spindle.entities.EntityFetcher;
import app.spindle.match.Matching;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.query.EntityQuery;
import app.spindle.mirror.query.MainArtists;
import app.spindle.mirror.query.MirrorCounts;
import app.spindle.mirror.query.CollectionFields;
import app.spindle.mirror.query.FolderChoices;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.mirror.query.ReleaseImages;
import app.spindle.mirror.query.ShelfFacets;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.StatsReader;
import app.spindle.mirror.query.SpellingSuggestions;
import app.spindle.mirror.query.TrackSearch;
import app.spindle.playlists.ShelfPlaylists;
import app.spindle.playlists.SmartPlaylists;
import app.spindle.prices.PriceHistory;
import app.spindle.prices.PriceWorker;
import app.spindle.prices.TargetNotes;
import app.spindle.prices.WantPrices;
import app.spindle.sync.ReleaseImageCache;
import app.spindle.sync.SyncWorker;
import app.spindle.web.ErrorPages;
import app.spindle.web.ImageRoutes;
import app.spindle.web.LiveStatus;
import app.spindle.web.PageContext;
import app.spindle.web.PageRoutes;
import app.spindle.web.SyncControl;
import app.spindle.web.SystemRoutes;
import app.spindle.web.Templates;
import app.spindle.web.WebServer;
import app.spindle.web.actions.ActionRoutes;
import app.spindle.web.collection.CollectionRoutes;
import app.spindle.web.entities.ArtistRoutes;
import app.spindle.web.entities.EntityScreens;
import app.spindle.web.entities.LabelRoutes;
import app.spindle.web.entities.MasterRoutes;
import app.spindle.web.export.ExportRoutes;
import app.spindle.web.export.PlaylistExportRoutes;
import app.spindle.web.folders.FolderRoutes;
import app.spindle.web.match.MatchRoutes;
import app.spindle.web.prices.DealsFeedRoutes;
import app.spindle.web.prices.HomeDeals;
import app.spindle.web.prices.PriceListRoutes;
import app.spindle.web.prices.PricePanelRoutes;
import app.spindle.web.prices.PriceRoutes;
import app.spindle.web.prices.SuggestionRoutes;
import app.spindle.web.release.ReleaseActionRoutes;
import app.spindle.web.release.ReleaseRoutes;
import app.spindle.web.search.SearchRoutes;
import app.spindle.web.search.WriteThrough;
import app.spindle.web.security.Access;
import app.spindle.web.security.LoginThrottle;
import app.spindle.web.security.Sessions;
import app.spindle.web.settings.DumpImportRoutes;
import app.spindle.web.settings.SettingsRoutes;
import app.spindle.web.shelf.BulkRoutes;
import app.spindle.web.shelf.CardEditRoutes;
import app.spindle.web.shelf.ShelfViews;
import app.spindle.web.stats.StatsRoutes;
import app.spindle.web.tracks.TracksRoutes;
import app.spindle.web.wantlist.WantlistActions;
import app.spindle.web.wantlist.WantlistRoutes;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The web half of the composition root: the parts every page shares and every route group, in one list.
 * {@link Spindle#start} builds the running parts and hands them here.
 */
final class WebWiring {
    private WebWiring() {
    }

    /** What the pages are built on. */
    record Parts(Config config, Clock clock, Database database, DiscogsApiClient api, DiscogsAuth auth, DiscogsClient discogs,
                 SyncWorker sync, Mirror mirror, MirrorReads reads, ActionQueue actions, AccountEdits edits, WriteThrough writes,
                 Matching matching, DumpImports dumpImports, PriceWorker prices, BackupSchedule backups, BooleanSupplier connected,
                 ReleaseImageCache releaseImages) {
    }

    /** The server, not started yet, and the read caches its pages opened (closed with Spindle, before the reads). */
    record Web(WebServer server, List<AutoCloseable> readers) {
    }

    static Web build(Parts p) {
        Config effective = p.config();
        Clock clock = p.clock();
        Database database = p.database();
        DiscogsApiClient api = p.api();
        DiscogsAuth auth = p.auth();
        DiscogsClient discogs = p.discogs();
        SyncControl sync = p.sync()::syncNow;
        Mirror mirror = p.mirror();
        MirrorReads reads = p.reads();
        ActionQueue actionQueue = p.actions();
        AccountEdits accountEdits = p.edits();
        WriteThrough writes = p.writes();
        Matching matching = p.matching();
        DumpImports dumpImports = p.dumpImports();
        PriceWorker prices = p.prices();
        BackupSchedule backups = p.backups();
        BooleanSupplier connected = p.connected();
        LiveStatus status = new LiveStatus(auth, p.sync()::status, api::counters, new MirrorCounts(database.jdbi()), clock,
                reads.version()::current, database.health());
        status.countAhead();
        Templates templates = new Templates();
        PageContext pages = new PageContext(effective, status);
        ShelfReader shelves = new ShelfReader(reads);
        ShelfFacets facets = new ShelfFacets(reads, shelves);
        SpellingSuggestions spelling = SpellingSuggestions.ofMirror(reads);
        SpellingSuggestions shelfSpelling = SpellingSuggestions.ofShelves(reads);
        ShelfViews shelfViews = new ShelfViews(shelves, facets, clock, new MainArtists(reads), shelfSpelling);
        StatsReader stats = new StatsReader(reads, facets);
        TrackSearch tracks = new TrackSearch(reads);
        String base = effective.basePath();
        EntityQuery entities = new EntityQuery(reads);
        ReleaseDetailsQuery releaseDetails = new ReleaseDetailsQuery(reads);
        EntityFetcher fetcher = new EntityFetcher(discogs, mirror.releaseWriter(), mirror.entityStore(), releaseDetails,
                entities, connected);
        FolderChoices folders = new FolderChoices(reads);
        EntityScreens entityScreens = new EntityScreens(templates, pages, folders, clock);
        WantlistActions wantlistActions = new WantlistActions(accountEdits, mirror.wants(), WriteThrough.PAGE_WAIT);
        CollectionFields fields = new CollectionFields(reads);
        WantPrices wantPrices = new WantPrices(reads);
        ActionReads actionReads = new ActionReads(reads);
        ReleaseActionRoutes releaseActions = new ReleaseActionRoutes(templates, releaseDetails, accountEdits, folders,
                fields, actionReads, base, WriteThrough.PAGE_WAIT);
        WebServer server = new WebServer(effective, templates, List.of(
                new Access(effective, templates, pages, new Sessions(clock), new LoginThrottle(clock),
                        DiscogsOAuthApi.authorizeOrigin(effective.apiUrl())),
                new SystemRoutes(templates, status, effective.basePath()),
                new PageRoutes(effective),
                new SettingsRoutes(effective, templates, pages, status, auth, sync, backups),
                new DumpImportRoutes(effective, templates, pages, dumpImports),
                new ReleaseRoutes(templates, pages, releaseDetails, discogs, matching.links(), fetcher, entityScreens,
                        releaseActions, new PriceHistory(database.jdbi(), reads), new ReleaseImages(reads)),
                releaseActions,
                new ActionRoutes(templates, pages, actionQueue, actionReads, base),
                new MasterRoutes(entityScreens, fetcher, entities, base),
                new ArtistRoutes(entityScreens, fetcher, entities, base),
                new LabelRoutes(entityScreens, fetcher, entities, base),
                new SearchRoutes(templates, pages, auth, discogs, writes, reads, folders, spelling, effective.basePath()),
                new MatchRoutes(templates, pages, matching, writes::addWantOrRefuse, reads, api::counters,
                        connected, effective),
                new ImageRoutes(effective.dataDir(), p.releaseImages()),
                new CollectionRoutes(base, templates, pages, shelfViews, new HomeDeals(wantPrices, clock)),
                new WantlistRoutes(base, templates, pages, shelfViews, shelves, wantlistActions, clock),
                new CardEditRoutes(base, templates, shelves, shelfViews, accountEdits, folders, WriteThrough.PAGE_WAIT),
                new BulkRoutes(base, templates, shelves, accountEdits, database.jdbi(), folders, fields),
                new FolderRoutes(base, templates, pages, accountEdits, folders, actionReads, WriteThrough.PAGE_WAIT),
                new TracksRoutes(base, templates, pages, tracks, spelling),
                new StatsRoutes(templates, pages, stats),
                new ExportRoutes(base, shelves, clock),
                new PlaylistExportRoutes(base, shelves, new ShelfPlaylists(reads), new SmartPlaylists(reads)),
                new PriceRoutes(base, templates, database.jdbi(), reads, wantPrices, clock, prices::nudge, discogs,
                        new TargetNotes(database.jdbi(), accountEdits)),
                new SuggestionRoutes(templates, discogs),
                new PriceListRoutes(base, templates, pages, database.jdbi(), reads, wantPrices, prices::progress, clock),
                new DealsFeedRoutes(base, templates, wantPrices),
                new PricePanelRoutes(base, templates, database.jdbi(), reads, prices::progress, prices::nudge, clock)),
                new ErrorPages(templates, pages, database.health()));
        return new Web(server, List.of(tracks, spelling, shelfSpelling, stats, facets, shelves));
    }
}
