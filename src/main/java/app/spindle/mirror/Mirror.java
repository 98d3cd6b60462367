package app.spindle.mirror;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The mirror's parts over one database, built once and handed to sync and web. */
public final class Mirror {
    private final Database database;
    private final ReleaseWriter releaseWriter;
    private final ListingWriter listingWriter;
    private final SearchIndex search;
    private final EntityStore entityStore;

    public Mirror(Database database, Clock clock) {
        this.database = database;
        this.releaseWriter = new ReleaseWriter(database.jdbi(), clock);
        this.listingWriter = new ListingWriter(database.jdbi(), releaseWriter, clock);
        this.search = new SearchIndex(database.jdbi());
        this.entityStore = new EntityStore(database.jdbi(), clock);
    }

    public Database database() {
        return database;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public ReleaseWriter releaseWriter() {
        return releaseWriter;
    }

    public ListingWriter listingWriter() {
        return listingWriter;
    }

    /** Browsed releases, artist/label/master documents and their lists. */
    public EntityStore entityStore() {
        return entityStore;
    }

    public SearchIndex search() {
        return search;
    }

    public ReleaseRepository releases() {
        return jdbi().onDemand(ReleaseRepository.class);
    }

    public CollectionRepository collection() {
        return jdbi().onDemand(CollectionRepository.class);
    }

    public WantRepository wants() {
        return jdbi().onDemand(WantRepository.class);
    }

    public FolderRepository folders() {
        return jdbi().onDemand(FolderRepository.class);
    }

    public SyncRunRepository syncRuns() {
        return jdbi().onDemand(SyncRunRepository.class);
    }

    public CoverImageRepository covers() {
        return jdbi().onDemand(CoverImageRepository.class);
    }

    public SettingsRepository settings() {
        return jdbi().onDemand(SettingsRepository.class);
    }

    public SettingsCredentialStore credentialStore() {
        return new SettingsCredentialStore(jdbi());
    }
}
