package app.spindle.mirror;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The local cover cache: which covers are on disk, which to fetch, which keep failing. */
public interface CoverImageRepository {

    /**
     * Referenced releases with a thumbnail URL and no cached file, skipping those that failed
     * {@code maxFailures} times or were last tried after {@code retryBefore}; collection first.
     */
    @SqlQuery("""
            SELECT r.id AS release_id, r.thumb AS remote_uri FROM releases r
            LEFT JOIN cover_images c ON c.release_id = r.id
            WHERE r.thumb IS NOT NULL AND r.thumb <> ''
              AND (c.release_id IS NULL OR (c.local_file IS NULL AND c.failures < :maxFailures
                   AND (c.last_try_at IS NULL OR c.last_try_at < :retryBefore)))
              AND (EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = r.id)
                   OR EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id))
            ORDER BY NOT EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = r.id), r.id
            LIMIT :limit
            """)
    @RegisterConstructorMapper(CoverToFetch.class)
    List<CoverToFetch> toFetch(@Bind("maxFailures") int maxFailures, @Bind("retryBefore") String retryBefore,
            @Bind("limit") int limit);

    @SqlUpdate("""
            INSERT INTO cover_images (release_id, remote_uri, local_file, fetched_at, failures, last_error, last_try_at)
            VALUES (:id, :uri, :file, :at, 0, NULL, :at)
            ON CONFLICT (release_id) DO UPDATE SET remote_uri = excluded.remote_uri, local_file = excluded.local_file,
                fetched_at = excluded.fetched_at, failures = 0, last_error = NULL, last_try_at = excluded.last_try_at
            """)
    void stored(@Bind("id") long releaseId, @Bind("uri") String remoteUri, @Bind("file") String localFile,
            @Bind("at") String at);

    @SqlUpdate("""
            INSERT INTO cover_images (release_id, remote_uri, failures, last_error, last_try_at)
            VALUES (:id, :uri, 1, :error, :at)
            ON CONFLICT (release_id) DO UPDATE SET remote_uri = excluded.remote_uri, failures = failures + 1,
                last_error = excluded.last_error, last_try_at = excluded.last_try_at
            """)
    void failed(@Bind("id") long releaseId, @Bind("uri") String remoteUri, @Bind("error") String error,
            @Bind("at") String at);

    /** A release's images as Discogs listed them, primary first. */
    @SqlQuery("""
            SELECT position, type, uri, uri150, resource_url, width, height FROM release_images
            WHERE release_id = :id ORDER BY position
            """)
    @RegisterConstructorMapper(ImageRow.class)
    List<ImageRow> images(@Bind("id") long releaseId);

    /** The cached thumbnail of a release's cover ("images/249504.jpg"), if the sync has one. */
    @SqlQuery("SELECT local_file FROM cover_images WHERE release_id = :id AND local_file IS NOT NULL")
    java.util.Optional<String> thumbnailFile(@Bind("id") long releaseId);

    @SqlQuery("SELECT count(*) FROM cover_images WHERE local_file IS NOT NULL")
    long cachedCount();
}
