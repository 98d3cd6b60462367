package app.spindle.mirror;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Reads releases back out of the mirror, and the queue of releases whose details are due. */
public interface ReleaseRepository {

    @SqlQuery("SELECT * FROM releases WHERE id = :id")
    @RegisterConstructorMapper(ReleaseRow.class)
    Optional<ReleaseRow> release(@Bind("id") long id);

    @SqlQuery("SELECT NULL AS track_seq, * FROM release_artists WHERE release_id = :id ORDER BY kind, position")
    @RegisterConstructorMapper(CreditRow.class)
    List<CreditRow> credits(@Bind("id") long id);

    @SqlQuery("SELECT * FROM tracks WHERE release_id = :id ORDER BY seq")
    @RegisterConstructorMapper(TrackRow.class)
    List<TrackRow> tracks(@Bind("id") long id);

    @SqlQuery("SELECT * FROM track_artists WHERE release_id = :id ORDER BY track_seq, kind, position")
    @RegisterConstructorMapper(CreditRow.class)
    List<CreditRow> trackCredits(@Bind("id") long id);

    @SqlQuery("SELECT * FROM release_labels WHERE release_id = :id ORDER BY kind, position")
    @RegisterConstructorMapper(LabelRow.class)
    List<LabelRow> labels(@Bind("id") long id);

    @SqlQuery("SELECT * FROM release_formats WHERE release_id = :id ORDER BY position")
    @RegisterConstructorMapper(FormatRow.class)
    List<FormatRow> formats(@Bind("id") long id);

    @SqlQuery("SELECT * FROM release_identifiers WHERE release_id = :id ORDER BY position")
    @RegisterConstructorMapper(IdentifierRow.class)
    List<IdentifierRow> identifiers(@Bind("id") long id);

    @SqlQuery("SELECT genre FROM release_genres WHERE release_id = :id ORDER BY position")
    List<String> genres(@Bind("id") long id);

    @SqlQuery("SELECT style FROM release_styles WHERE release_id = :id ORDER BY position")
    List<String> styles(@Bind("id") long id);

    @SqlQuery("SELECT * FROM release_images WHERE release_id = :id ORDER BY position")
    @RegisterConstructorMapper(ImageRow.class)
    List<ImageRow> images(@Bind("id") long id);

    @SqlQuery("SELECT * FROM release_videos WHERE release_id = :id ORDER BY position")
    @RegisterConstructorMapper(VideoRow.class)
    List<VideoRow> videos(@Bind("id") long id);

    @SqlQuery("SELECT gzip FROM release_json WHERE release_id = :id")
    Optional<byte[]> compressedJson(@Bind("id") long id);

    /** The JSON document Discogs sent for this release, if its details were fetched. */
    default Optional<String> rawJson(long id) {
        return compressedJson(id).map(CompressedJson::unpack);
    }

    /** All rows of one release, read in one transaction so they belong together. */
    @Transaction
    default Optional<ReleaseRows> rows(long id) {
        return release(id).map(r -> new ReleaseRows(r, credits(id), tracks(id), trackCredits(id), labels(id),
                formats(id), identifiers(id), genres(id), styles(id), images(id), videos(id)));
    }

    /** Releases that the collection or wantlist refer to and whose details were never fetched, by id. */
    @SqlQuery("""
            SELECT r.id FROM releases r
            WHERE r.details_fetched_at IS NULL
              AND (EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = r.id)
                   OR EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id))
            ORDER BY r.id LIMIT :limit
            """)
    List<Long> missingDetails(@Bind("limit") int limit);

    /** Referenced or browsed releases whose details were fetched before {@code before}, oldest first. */
    @SqlQuery("""
            SELECT r.id FROM releases r
            WHERE r.details_fetched_at < :before
              AND (EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = r.id)
                   OR EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id)
                   OR EXISTS (SELECT 1 FROM browsed_releases b WHERE b.release_id = r.id))
            ORDER BY r.details_fetched_at, r.id LIMIT :limit
            """)
    List<Long> staleDetails(@Bind("before") String before, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT count(*) FROM releases r
            WHERE EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = r.id)
               OR EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id)
            """)
    long referencedCount();

    @SqlQuery("SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL")
    long withDetailsCount();

    @SqlQuery("SELECT count(*) FROM tracks WHERE type IS NULL OR type = 'track'")
    long trackCount();
}
