package app.spindle.entities;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.DiscographySort;
import app.spindle.discogs.Priority;
import app.spindle.discogs.VersionFilter;
import app.spindle.discogs.model.ArtistReleasesPage;
import app.spindle.discogs.model.DiscogsArtist;
import app.spindle.discogs.model.DiscogsArtistRelease;
import app.spindle.discogs.model.DiscogsLabel;
import app.spindle.discogs.model.DiscogsLabelRelease;
import app.spindle.discogs.model.DiscogsMaster;
import app.spindle.discogs.model.DiscogsMasterVersion;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.LabelReleasesPage;
import app.spindle.discogs.model.MasterVersionsPage;
import app.spindle.mirror.ArtistCredits;
import app.spindle.mirror.EntityStore;
import app.spindle.mirror.EntityStore.Kind;
import app.spindle.mirror.ReleaseWriter;
import app.spindle.mirror.query.EntityQuery;
import app.spindle.mirror.query.ListState;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.mirror.query.StoredEntity;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Gives a page what it shows of a release, master, artist or label: from the mirror when it is there, else
 * fetched from Discogs in the person lane (one request), stored, and read back. Each method costs at most one
 * request, so no page ever waits on more than one. Without a connected account nothing is asked of Discogs:
 * a document the mirror lacks is made from what the mirror's releases say (the name, a master's title), the
 * lists stay as stored, and {@link NotConnected} says when the mirror knows nothing at all.
 */
public final class EntityFetcher {
    /** Entries asked for per list page: Discogs' largest page. */
    public static final int PAGE_SIZE = 100;

    private final DiscogsClient discogs;
    private final DiscogsModels models = new DiscogsModels();
    private final ReleaseWriter releases;
    private final EntityStore store;
    private final ReleaseDetailsQuery releaseQuery;
    private final EntityQuery entities;
    private final BooleanSupplier connected;

    /** @param connected whether Discogs can be asked at all (an account is connected); if not, only the mirror answers */
    public EntityFetcher(DiscogsClient discogs, ReleaseWriter releases, EntityStore store,
                         ReleaseDetailsQuery releaseQuery, EntityQuery entities, BooleanSupplier connected) {
        this.connected = connected;
        this.discogs = discogs.withPriority(Priority.INTERACTIVE);
        this.releases = releases;
        this.store = store;
        this.releaseQuery = releaseQuery;
        this.entities = entities;
    }

    /** The release, fetched and kept as browsed when the mirror lacks it; empty when Discogs does not know it. */
    public Optional<ReleaseDetails> release(long id) {
        return release(id, releaseQuery.find(id));
    }

    /** As {@link #release(long)}, for a caller that has just read the mirror's copy ({@code mirrored}). */
    public Optional<ReleaseDetails> release(long id, Optional<ReleaseDetails> mirrored) {
        if (mirrored.isPresent() && mirrored.get().detailsFetched()) {
            if (mirrored.get().copies().isEmpty() && mirrored.get().want() == null) {
                store.markBrowsed(id);
            }
            return mirrored;
        }
        if (!connected.getAsBoolean()) {
            return mirrored;
        }
        try {
            DiscogsRelease release = discogs.release(id);
            releases.writeDetails(release, null);
        } catch (DiscogsException.NotFound e) {
            return mirrored;
        }
        Optional<ReleaseDetails> fetched = releaseQuery.find(id);
        if (fetched.isPresent() && fetched.get().copies().isEmpty() && fetched.get().want() == null) {
            store.markBrowsed(id);
        }
        return fetched;
    }

    public boolean connected() {
        return connected.getAsBoolean();
    }

    /** Fetches the release again (the page's refresh button). */
    public void refreshRelease(long id) {
        requireConnected();
        releases.writeDetails(discogs.release(id), null);
    }

    /** The artist's document, from the mirror (fetched or from a dump) or fetched now. */
    public DiscogsArtist artist(long id) {
        return document(entities.artist(id)).map(json -> models.parse(json, DiscogsArtist.class))
                .orElseGet(() -> connected() ? fetchArtist(id) : entities.artistName(id)
                        .map(name -> new DiscogsArtist(id, name, null, null, null, null, null, null, null, null, null, null,
                                null, null))
                        .orElseThrow(() -> new NotConnected("artist", id)));
    }

    public DiscogsLabel label(long id) {
        return document(entities.label(id)).map(json -> models.parse(json, DiscogsLabel.class))
                .orElseGet(() -> connected() ? fetchLabel(id) : entities.labelName(id)
                        .map(name -> new DiscogsLabel(id, name, null, null, null, null, null, null, null, null, null, null))
                        .orElseThrow(() -> new NotConnected("label", id)));
    }

    public DiscogsMaster master(long id) {
        return document(entities.master(id)).map(json -> models.parse(json, DiscogsMaster.class))
                .orElseGet(() -> connected() ? fetchMaster(id) : entities.masterOfMirror(id)
                        .map(m -> new DiscogsMaster(id, m.title(), m.year() == null ? 0 : m.year(), m.mainRelease(), null,
                                null, null, null, null, null, null, null, null, null, null, null, null, null, null))
                        .orElseThrow(() -> new NotConnected("master", id)));
    }

    /** Fetches the document again and forgets its stored lists, which the page then asks for anew. */
    public void refresh(Kind kind, long id) {
        requireConnected();
        switch (kind) {
            case ARTIST -> fetchArtist(id);
            case LABEL -> fetchLabel(id);
            case MASTER -> fetchMaster(id);
        }
        store.forgetLists(kind, id);
    }

    /** Stores the next page of an artist's discography in this order, unless every page is stored. */
    public ListState nextArtistPage(long id, DiscographySort sort, boolean descending) {
        String key = artistListKey(sort, descending);
        ListState state = entities.listState(Kind.ARTIST, id, key);
        if (!state.isComplete() && connected()) {
            ArtistReleasesPage page = discogs.artistReleases(id, sort, descending, state.nextPage(), PAGE_SIZE);
            store.storeListPage(Kind.ARTIST, id, key, page.pagination().page(), page.pagination().pages(),
                    page.pagination().items(), page.releases().stream().map(DiscogsArtistRelease::entry).toList());
        }
        return entities.listState(Kind.ARTIST, id, key);
    }

    public ListState nextLabelPage(long id) {
        ListState state = entities.listState(Kind.LABEL, id, "");
        if (!state.isComplete() && connected()) {
            LabelReleasesPage page = discogs.labelReleases(id, state.nextPage(), PAGE_SIZE);
            store.storeListPage(Kind.LABEL, id, "", page.pagination().page(), page.pagination().pages(),
                    page.pagination().items(), page.releases().stream().map(DiscogsLabelRelease::entry).toList());
        }
        return entities.listState(Kind.LABEL, id, "");
    }

    public ListState nextMasterPage(long id) {
        ListState state = entities.listState(Kind.MASTER, id, "");
        if (!state.isComplete() && connected()) {
            MasterVersionsPage page = discogs.masterVersions(id, VersionFilter.NONE, state.nextPage(), PAGE_SIZE);
            store.storeListPage(Kind.MASTER, id, "", page.pagination().page(), page.pagination().pages(),
                    page.pagination().items(), page.versions().stream().map(DiscogsMasterVersion::asListEntry).toList());
        }
        return entities.listState(Kind.MASTER, id, "");
    }

    public static String artistListKey(DiscographySort sort, boolean descending) {
        return sort.field() + (descending ? ":desc" : ":asc");
    }

    private void requireConnected() {
        if (!connected()) {
            throw new NotConnected(null, 0);
        }
    }

    /** Discogs was not asked: no account is connected (and, for a page, the mirror knows nothing of it). */
    public static final class NotConnected extends RuntimeException {
        public NotConnected(String what, long id) {
            super(what == null ? "Discogs is not connected." : "The mirror knows nothing of " + what + " " + id
                    + " and Discogs is not connected.");
        }
    }

    private DiscogsArtist fetchArtist(long id) {
        DiscogsArtist artist = discogs.artist(id);
        store.storeArtist(id, artist.name(), artist.profile(), models.write(artist));
        return artist;
    }

    private DiscogsLabel fetchLabel(long id) {
        DiscogsLabel label = discogs.label(id);
        store.storeLabel(id, label.name(), label.profile(), models.write(label));
        return label;
    }

    private DiscogsMaster fetchMaster(long id) {
        DiscogsMaster master = discogs.master(id);
        store.storeMaster(id, master.title(), ArtistCredits.display(master.artists()),
                master.year() == 0 ? null : master.year(), master.mainRelease(), models.write(master));
        return master;
    }

    private static Optional<String> document(Optional<StoredEntity> stored) {
        return stored.filter(StoredEntity::hasDocument).map(StoredEntity::json);
    }
}
