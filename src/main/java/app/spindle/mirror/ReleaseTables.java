package app.spindle.mirror;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements that write one release's rows; {@link ReleaseWriter} runs them in one transaction. */
interface ReleaseTables {

    @SqlUpdate("""
            INSERT INTO releases (id, title, artist_credit, artists_sort, sort_artist, sort_title, year, country,
                released, released_formatted, notes, status, data_quality, master_id, master_url, resource_url, uri,
                thumb, format_quantity, estimated_weight, community_have, community_want, community_rating,
                community_rating_count, community_status, community_data_quality, num_for_sale, lowest_price,
                blocked_from_sale, date_added, date_changed, details_fetched_at)
            VALUES (:id, :title, :artistCredit, :artistsSort, :sortArtist, :sortTitle, :year, :country,
                :released, :releasedFormatted, :notes, :status, :dataQuality, :masterId, :masterUrl, :resourceUrl, :uri,
                :thumb, :formatQuantity, :estimatedWeight, :communityHave, :communityWant, :communityRating,
                :communityRatingCount, :communityStatus, :communityDataQuality, :numForSale, :lowestPrice,
                :blockedFromSale, :dateAdded, :dateChanged, :detailsFetchedAt)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, artist_credit = excluded.artist_credit,
                artists_sort = excluded.artists_sort, sort_artist = excluded.sort_artist,
                sort_title = excluded.sort_title, year = excluded.year, country = excluded.country,
                released = excluded.released, released_formatted = excluded.released_formatted,
                notes = excluded.notes, status = excluded.status, data_quality = excluded.data_quality,
                master_id = excluded.master_id, master_url = excluded.master_url,
                resource_url = excluded.resource_url, uri = excluded.uri, thumb = excluded.thumb,
                format_quantity = excluded.format_quantity, estimated_weight = excluded.estimated_weight,
                community_have = excluded.community_have, community_want = excluded.community_want,
                community_rating = excluded.community_rating,
                community_rating_count = excluded.community_rating_count,
                community_status = excluded.community_status,
                community_data_quality = excluded.community_data_quality, num_for_sale = excluded.num_for_sale,
                lowest_price = excluded.lowest_price, blocked_from_sale = excluded.blocked_from_sale,
                date_added = excluded.date_added, date_changed = excluded.date_changed,
                details_fetched_at = excluded.details_fetched_at
            """)
    void upsertDetails(@BindMethods ReleaseRow row);

    /** A listing refreshes the cover and when it was seen; the rest only while no details are stored. */
    @SqlUpdate("""
            INSERT INTO releases (id, title, artist_credit, sort_artist, sort_title, year, master_id, master_url,
                resource_url, thumb, cover_image, listed_at)
            VALUES (:id, :title, :artistCredit, :sortArtist, :sortTitle, :year, :masterId, :masterUrl,
                :resourceUrl, :thumb, :coverImage, :listedAt)
            ON CONFLICT (id) DO UPDATE SET cover_image = excluded.cover_image, listed_at = excluded.listed_at,
                title = iif(details_fetched_at IS NULL, excluded.title, title),
                artist_credit = iif(details_fetched_at IS NULL, excluded.artist_credit, artist_credit),
                sort_artist = iif(details_fetched_at IS NULL, excluded.sort_artist, sort_artist),
                sort_title = iif(details_fetched_at IS NULL, excluded.sort_title, sort_title),
                year = iif(details_fetched_at IS NULL, excluded.year, year),
                master_id = iif(details_fetched_at IS NULL, excluded.master_id, master_id),
                master_url = iif(details_fetched_at IS NULL, excluded.master_url, master_url),
                resource_url = iif(details_fetched_at IS NULL, excluded.resource_url, resource_url),
                thumb = iif(details_fetched_at IS NULL, excluded.thumb, thumb)
            """)
    void upsertListed(@BindMethods ReleaseRow row);

    @SqlQuery("SELECT details_fetched_at IS NOT NULL FROM releases WHERE id = :id")
    boolean hasDetails(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_artists WHERE release_id = :id")
    void deleteCredits(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_artists WHERE release_id = :id AND kind = 'main'")
    void deleteMainCredits(@Bind("id") long id);

    @SqlUpdate("DELETE FROM track_artists WHERE release_id = :id")
    void deleteTrackCredits(@Bind("id") long id);

    @SqlUpdate("DELETE FROM tracks WHERE release_id = :id")
    void deleteTracks(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_labels WHERE release_id = :id")
    void deleteLabels(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_labels WHERE release_id = :id AND kind = 'label'")
    void deleteLabelCredits(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_formats WHERE release_id = :id")
    void deleteFormats(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_identifiers WHERE release_id = :id")
    void deleteIdentifiers(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_genres WHERE release_id = :id")
    void deleteGenres(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_styles WHERE release_id = :id")
    void deleteStyles(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_images WHERE release_id = :id")
    void deleteImages(@Bind("id") long id);

    @SqlUpdate("DELETE FROM release_videos WHERE release_id = :id")
    void deleteVideos(@Bind("id") long id);

    @SqlBatch("""
            INSERT INTO release_artists (release_id, kind, position, artist_id, name, anv, join_text, role, tracks,
                resource_url, thumbnail_url)
            VALUES (:releaseId, :kind, :position, :artistId, :name, :anv, :joinText, :role, :tracks, :resourceUrl,
                :thumbnailUrl)
            """)
    void insertCredits(@Bind("releaseId") long releaseId, @BindMethods List<CreditRow> rows);

    @SqlBatch("""
            INSERT INTO tracks (release_id, seq, parent_seq, position, side, type, title, duration, duration_seconds)
            VALUES (:releaseId, :seq, :parentSeq, :position, :side, :type, :title, :duration, :durationSeconds)
            """)
    void insertTracks(@Bind("releaseId") long releaseId, @BindMethods List<TrackRow> rows);

    @SqlBatch("""
            INSERT INTO track_artists (release_id, track_seq, kind, position, artist_id, name, anv, join_text, role,
                tracks, resource_url, thumbnail_url)
            VALUES (:releaseId, :trackSeq, :kind, :position, :artistId, :name, :anv, :joinText, :role, :tracks,
                :resourceUrl, :thumbnailUrl)
            """)
    void insertTrackCredits(@Bind("releaseId") long releaseId, @BindMethods List<CreditRow> rows);

    @SqlBatch("""
            INSERT INTO release_labels (release_id, kind, position, label_id, name, catno, catno_key, entity_type,
                entity_type_name, resource_url, thumbnail_url)
            VALUES (:releaseId, :kind, :position, :labelId, :name, :catno, :catnoKey, :entityType, :entityTypeName,
                :resourceUrl, :thumbnailUrl)
            """)
    void insertLabels(@Bind("releaseId") long releaseId, @BindMethods List<LabelRow> rows);

    @SqlBatch("""
            INSERT INTO release_formats (release_id, position, name, qty, descriptions, text, size, speed, colour,
                weight_grams)
            VALUES (:releaseId, :position, :name, :qty, :descriptions, :text, :size, :speed, :colour, :weightGrams)
            """)
    void insertFormats(@Bind("releaseId") long releaseId, @BindMethods List<FormatRow> rows);

    @SqlBatch("""
            INSERT INTO release_identifiers (release_id, position, type, value, description, value_key)
            VALUES (:releaseId, :position, :type, :value, :description, :valueKey)
            """)
    void insertIdentifiers(@Bind("releaseId") long releaseId, @BindMethods List<IdentifierRow> rows);

    @SqlBatch("INSERT INTO release_genres (release_id, position, genre) VALUES (:releaseId, :position, :genre)")
    void insertGenres(@Bind("releaseId") long releaseId, @Bind("position") List<Integer> positions,
            @Bind("genre") List<String> genres);

    @SqlBatch("INSERT INTO release_styles (release_id, position, style) VALUES (:releaseId, :position, :style)")
    void insertStyles(@Bind("releaseId") long releaseId, @Bind("position") List<Integer> positions,
            @Bind("style") List<String> styles);

    @SqlBatch("""
            INSERT INTO release_images (release_id, position, type, uri, uri150, resource_url, width, height)
            VALUES (:releaseId, :position, :type, :uri, :uri150, :resourceUrl, :width, :height)
            """)
    void insertImages(@Bind("releaseId") long releaseId, @BindMethods List<ImageRow> rows);

    @SqlBatch("""
            INSERT INTO release_videos (release_id, position, uri, title, description, duration, embed)
            VALUES (:releaseId, :position, :uri, :title, :description, :duration, :embed)
            """)
    void insertVideos(@Bind("releaseId") long releaseId, @BindMethods List<VideoRow> rows);

    @SqlBatch("""
            INSERT INTO artists (id, name) VALUES (:artistId, :name)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE artists.fetched_at IS NULL
            """)
    void rememberArtists(@BindMethods List<CreditRow> rows);

    @SqlBatch("""
            INSERT INTO labels (id, name) VALUES (:labelId, :name)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE labels.fetched_at IS NULL
            """)
    void rememberLabels(@BindMethods List<LabelRow> rows);

    @SqlUpdate("""
            INSERT INTO release_json (release_id, gzip, json_bytes, fetched_at) VALUES (:id, :gzip, :bytes, :at)
            ON CONFLICT (release_id) DO UPDATE SET gzip = excluded.gzip, json_bytes = excluded.json_bytes,
                fetched_at = excluded.fetched_at
            """)
    void putJson(@Bind("id") long id, @Bind("gzip") byte[] gzip, @Bind("bytes") int bytes, @Bind("at") String at);
}
