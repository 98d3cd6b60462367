package app.spindle.dump;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What the importer asks the mirror before it writes a release, and the one fact it adds beside ReleaseWriter. */
interface ReleaseTargets {

    /**
     * The stored copy of a release: when its details were fetched, the thumbnail the listing gave it,
     * and the digest of the dump record it was imported from (null when no dump wrote it).
     */
    record Stored(String detailsFetchedAt, String thumb, Long dumpDigest) {
        boolean sameRecord(DumpRelease record) {
            return dumpDigest != null && dumpDigest == record.digest();
        }
    }

    /** Releases the collection or wantlist refer to whose details are missing or older than the dump. */
    @SqlQuery("""
            SELECT r.id FROM releases r
            WHERE r.id IN (SELECT release_id FROM collection_items UNION SELECT release_id FROM wants)
              AND (r.details_fetched_at IS NULL OR r.details_fetched_at < :dumpAt)
            """)
    List<Long> referencedOlderThan(@Bind("dumpAt") String dumpAt);

    @SqlQuery("SELECT details_fetched_at, thumb, dump_digest FROM releases WHERE id = :id")
    @RegisterConstructorMapper(Stored.class)
    Optional<Stored> stored(@Bind("id") long id);

    @SqlUpdate("UPDATE releases SET dump_digest = :digest WHERE id = :id")
    void digest(@Bind("id") long id, @Bind("digest") long digest);

    /** The dump says which release is its master's main one; the API's release document does not. */
    @SqlUpdate("""
            INSERT INTO masters (id, main_release_id) VALUES (:master, :release)
            ON CONFLICT (id) DO UPDATE SET main_release_id = excluded.main_release_id
            """)
    void mainRelease(@Bind("master") long masterId, @Bind("release") long releaseId);
}
