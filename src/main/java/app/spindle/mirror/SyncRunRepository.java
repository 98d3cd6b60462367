package app.spindle.mirror;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The record of sync runs: what each did, how it ended, when the last complete listing happened. */
public interface SyncRunRepository {

    @SqlUpdate("INSERT INTO sync_runs (trigger, started_at) VALUES (:trigger, :at)")
    @GetGeneratedKeys("id")
    long start(@Bind("trigger") String trigger, @Bind("at") String at);

    /** Runs still marked running belong to a process that died: they ended, unfinished. */
    @SqlUpdate("""
            UPDATE sync_runs SET outcome = 'interrupted', finished_at = :at,
                error = coalesce(error, 'the sync stopped before it finished (Spindle was stopped or crashed)')
            WHERE outcome = 'running'
            """)
    int markInterrupted(@Bind("at") String at);

    @SqlUpdate("UPDATE sync_runs SET phase = :phase, requests = :requests WHERE id = :id")
    void progress(@Bind("id") long id, @Bind("phase") String phase, @Bind("requests") long requests);

    @SqlUpdate("""
            UPDATE sync_runs SET listing_completed_at = :at, items_added = :added, items_removed = :removed
            WHERE id = :id
            """)
    void listingCompleted(@Bind("id") long id, @Bind("at") String at, @Bind("added") long added,
            @Bind("removed") long removed);

    @SqlUpdate("""
            UPDATE sync_runs SET outcome = :outcome, finished_at = :at, requests = :requests,
                releases_fetched = :fetched, error = :error
            WHERE id = :id
            """)
    void finish(@Bind("id") long id, @Bind("outcome") String outcome, @Bind("at") String at,
            @Bind("requests") long requests, @Bind("fetched") long releasesFetched, @Bind("error") String error);

    @SqlQuery("SELECT * FROM sync_runs WHERE id = :id")
    @RegisterConstructorMapper(SyncRunRow.class)
    Optional<SyncRunRow> run(@Bind("id") long id);

    @SqlQuery("SELECT * FROM sync_runs ORDER BY id DESC LIMIT 1")
    @RegisterConstructorMapper(SyncRunRow.class)
    Optional<SyncRunRow> latest();

    @SqlQuery("SELECT max(finished_at) FROM sync_runs WHERE outcome = 'succeeded'")
    Optional<String> lastSuccessAt();

    @SqlQuery("SELECT max(listing_completed_at) FROM sync_runs")
    Optional<String> lastCompleteListingAt();

    /**
     * A change Discogs refused was already shown in the mirror (removals and edits show at once): only a
     * complete listing puts the mirror back to what Discogs holds, since the probe sees no change.
     */
    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM actions WHERE state IN ('failed', 'dismissed')
                AND finished_at > coalesce((SELECT max(listing_completed_at) FROM sync_runs), ''))""")
    boolean refusedActionSinceCompleteListing();
}
