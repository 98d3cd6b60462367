package app.spindle.mirror;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Reads a release's rows back out of the mirror, table by table: how tests prove the writers lose nothing. */
public interface StoredRelease {

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
}
