package app.spindle.mirror;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The wantlist, one row per wanted release. */
public interface WantRepository {

    @SqlUpdate("""
            INSERT INTO wants (release_id, rating, date_added, added_at, notes, sort_artist, sort_title, sort_label,
                sort_catno, year, format_name, format_size, listed_run_id)
            VALUES (:releaseId, :rating, :dateAdded, :addedAt, :notes, :keys.sortArtist, :keys.sortTitle, :keys.sortLabel,
                :keys.sortCatno, :keys.year, :keys.formatName, :keys.formatSize, :listedRunId)
            ON CONFLICT (release_id) DO UPDATE SET rating = excluded.rating, date_added = excluded.date_added,
                added_at = excluded.added_at, notes = excluded.notes, sort_artist = excluded.sort_artist,
                sort_title = excluded.sort_title, sort_label = excluded.sort_label,
                sort_catno = excluded.sort_catno, year = excluded.year, format_name = excluded.format_name,
                format_size = excluded.format_size,
                listed_run_id = coalesce(excluded.listed_run_id, listed_run_id)
            """)
    void upsert(@BindMethods WantRow row);

    @SqlQuery("SELECT release_id FROM wants WHERE release_id IN (<ids>)")
    List<Long> existing(@BindList("ids") List<Long> releaseIds);

    @SqlQuery("SELECT * FROM wants WHERE release_id = :releaseId")
    @RegisterConstructorMapper(WantRow.class)
    Optional<WantRow> want(@Bind("releaseId") long releaseId);

    /** The most recently added wants, as the probe compares them with Discogs's first page. */
    @SqlQuery("SELECT * FROM wants ORDER BY added_at DESC, release_id DESC LIMIT :limit")
    @RegisterConstructorMapper(WantRow.class)
    List<WantRow> newest(@Bind("limit") int limit);

    @SqlQuery("SELECT count(*) FROM wants")
    long count();

    /** After a complete listing by run {@code runId}: the wants it did not see are gone from Discogs. */
    @SqlUpdate("DELETE FROM wants WHERE listed_run_id IS NOT :runId")
    int removeNotListedBy(@Bind("runId") long runId);

    @SqlUpdate("DELETE FROM wants WHERE release_id = :releaseId")
    int remove(@Bind("releaseId") long releaseId);
}
