package app.spindle.mirror;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The wantlist, one row per wanted release. */
public interface WantRepository {

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
