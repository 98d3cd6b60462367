package app.spindle.mirror;

import java.util.List;
import java.util.SortedSet;

/**
 * The statements that write one release's rows, each beside the method that runs it; {@link ReleaseWriter} runs
 * them in one transaction, on statements kept for its connection ({@link KeptStatements}).
 */
final class ReleaseTables {
    private static final String REINDEX = SearchIndex.REINDEX.replace(":id", "?");
    private static final String SHELF_REINDEX = SearchIndex.SHELF_REINDEX.replace(":id", "?");
    private static final String UNINDEX_ALL = SearchIndex.UNINDEX_ALL.replace(":ids", "?");
    private static final String REINDEX_ALL = SearchIndex.REINDEX_ALL.replace(":ids", "?");
    private static final String SHELF_UNINDEX_ALL = SearchIndex.SHELF_UNINDEX_ALL.replace(":ids", "?");
    private static final String SHELF_REINDEX_ALL = SearchIndex.SHELF_REINDEX_ALL.replace(":ids", "?");

    private final KeptStatements s;

    ReleaseTables(KeptStatements s) {
        this.s = s;
    }

    void upsertDetails(ReleaseRow r) {
        s.update("""
                INSERT INTO releases (id, title, artist_credit, artists_sort, sort_artist, sort_title, year, country,
                    released, released_formatted, notes, status, data_quality, master_id, master_url, resource_url, uri,
                    thumb, format_quantity, estimated_weight, community_have, community_want, community_rating,
                    community_rating_count, community_status, community_data_quality, num_for_sale, lowest_price,
                    blocked_from_sale, date_added, date_changed, details_fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
                """, r.id(), r.title(), r.artistCredit(), r.artistsSort(), r.sortArtist(), r.sortTitle(), r.year(),
                r.country(), r.released(), r.releasedFormatted(), r.notes(), r.status(), r.dataQuality(), r.masterId(),
                r.masterUrl(), r.resourceUrl(), r.uri(), r.thumb(), r.formatQuantity(), r.estimatedWeight(),
                r.communityHave(), r.communityWant(), r.communityRating(), r.communityRatingCount(),
                r.communityStatus(), r.communityDataQuality(), r.numForSale(), r.lowestPrice(), r.blockedFromSale(),
                r.dateAdded(), r.dateChanged(), r.detailsFetchedAt());
    }

    /** A listing refreshes the cover and when it was seen; the rest only while no details are stored. */
    void upsertListed(ReleaseRow r) {
        s.update("""
                INSERT INTO releases (id, title, artist_credit, sort_artist, sort_title, year, master_id, master_url,
                    resource_url, thumb, cover_image, listed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
                """, r.id(), r.title(), r.artistCredit(), r.sortArtist(), r.sortTitle(), r.year(), r.masterId(),
                r.masterUrl(), r.resourceUrl(), r.thumb(), r.coverImage(), r.listedAt());
    }

    /** A release listed without basic information still needs its row; details will fill it. */
    void upsertBare(long id, String listedAt) {
        s.update("""
                INSERT INTO releases (id, title, listed_at) VALUES (?, '', ?)
                ON CONFLICT (id) DO UPDATE SET listed_at = excluded.listed_at""", id, listedAt);
    }

    boolean hasDetails(long id) {
        return s.test("SELECT details_fetched_at IS NOT NULL FROM releases WHERE id = ?", id);
    }

    void deleteCredits(long id) {
        s.update("DELETE FROM release_artists WHERE release_id = ?", id);
    }

    void deleteMainCredits(long id) {
        s.update("DELETE FROM release_artists WHERE release_id = ? AND kind = 'main'", id);
    }

    void deleteTrackCredits(long id) {
        s.update("DELETE FROM track_artists WHERE release_id = ?", id);
    }

    void deleteTracks(long id) {
        s.update("DELETE FROM tracks WHERE release_id = ?", id);
    }

    void deleteLabels(long id) {
        s.update("DELETE FROM release_labels WHERE release_id = ?", id);
    }

    void deleteLabelCredits(long id) {
        s.update("DELETE FROM release_labels WHERE release_id = ? AND kind = 'label'", id);
    }

    void deleteFormats(long id) {
        s.update("DELETE FROM release_formats WHERE release_id = ?", id);
    }

    void deleteIdentifiers(long id) {
        s.update("DELETE FROM release_identifiers WHERE release_id = ?", id);
    }

    void deleteGenres(long id) {
        s.update("DELETE FROM release_genres WHERE release_id = ?", id);
    }

    void deleteStyles(long id) {
        s.update("DELETE FROM release_styles WHERE release_id = ?", id);
    }

    void deleteImages(long id) {
        s.update("DELETE FROM release_images WHERE release_id = ?", id);
    }

    void deleteVideos(long id) {
        s.update("DELETE FROM release_videos WHERE release_id = ?", id);
    }

    void insertCredits(long releaseId, List<CreditRow> rows) {
        for (CreditRow a : rows) {
            s.update("""
                    INSERT INTO release_artists (release_id, kind, position, artist_id, name, anv, join_text, role,
                        tracks, resource_url, thumbnail_url)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, releaseId, a.kind(), a.position(), a.artistId(), a.name(), a.anv(), a.joinText(), a.role(),
                    a.tracks(), a.resourceUrl(), a.thumbnailUrl());
        }
    }

    void insertTracks(long releaseId, List<TrackRow> rows) {
        for (TrackRow t : rows) {
            s.update("""
                    INSERT INTO tracks (release_id, seq, parent_seq, position, side, type, title, duration,
                        duration_seconds)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, releaseId, t.seq(), t.parentSeq(), t.position(), t.side(), t.type(), t.title(), t.duration(),
                    t.durationSeconds());
        }
    }

    void insertTrackCredits(long releaseId, List<CreditRow> rows) {
        for (CreditRow a : rows) {
            s.update("""
                    INSERT INTO track_artists (release_id, track_seq, kind, position, artist_id, name, anv, join_text,
                        role, tracks, resource_url, thumbnail_url)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, releaseId, a.trackSeq(), a.kind(), a.position(), a.artistId(), a.name(), a.anv(),
                    a.joinText(), a.role(), a.tracks(), a.resourceUrl(), a.thumbnailUrl());
        }
    }

    void insertLabels(long releaseId, List<LabelRow> rows) {
        for (LabelRow l : rows) {
            s.update("""
                    INSERT INTO release_labels (release_id, kind, position, label_id, name, catno, catno_key,
                        entity_type, entity_type_name, resource_url, thumbnail_url)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, releaseId, l.kind(), l.position(), l.labelId(), l.name(), l.catno(), l.catnoKey(),
                    l.entityType(), l.entityTypeName(), l.resourceUrl(), l.thumbnailUrl());
        }
    }

    void insertFormats(long releaseId, List<FormatRow> rows) {
        for (FormatRow f : rows) {
            s.update("""
                    INSERT INTO release_formats (release_id, position, name, qty, descriptions, text, size, speed,
                        colour, weight_grams)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, releaseId, f.position(), f.name(), f.qty(), f.descriptions(), f.text(), f.size(), f.speed(),
                    f.colour(), f.weightGrams());
        }
    }

    void insertIdentifiers(long releaseId, List<IdentifierRow> rows) {
        for (IdentifierRow i : rows) {
            s.update("""
                    INSERT INTO release_identifiers (release_id, position, type, value, description, value_key)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, releaseId, i.position(), i.type(), i.value(), i.description(), i.valueKey());
        }
    }

    void insertGenres(long releaseId, List<String> genres) {
        for (int i = 0; i < genres.size(); i++) {
            s.update("INSERT INTO release_genres (release_id, position, genre) VALUES (?, ?, ?)",
                    releaseId, i, genres.get(i));
        }
    }

    void insertStyles(long releaseId, List<String> styles) {
        for (int i = 0; i < styles.size(); i++) {
            s.update("INSERT INTO release_styles (release_id, position, style) VALUES (?, ?, ?)",
                    releaseId, i, styles.get(i));
        }
    }

    void insertImages(long releaseId, List<ImageRow> rows) {
        for (ImageRow i : rows) {
            s.update("""
                    INSERT INTO release_images (release_id, position, type, uri, uri150, resource_url, width, height)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, releaseId, i.position(), i.type(), i.uri(), i.uri150(), i.resourceUrl(), i.width(),
                    i.height());
        }
    }

    void insertVideos(long releaseId, List<VideoRow> rows) {
        for (VideoRow v : rows) {
            s.update("""
                    INSERT INTO release_videos (release_id, position, uri, title, description, duration, embed)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, releaseId, v.position(), v.uri(), v.title(), v.description(), v.duration(), v.embed());
        }
    }

    /** The names credits give artists not fetched yet, so their pages have a title before the fetch. */
    void rememberArtists(List<CreditRow> credits) {
        for (CreditRow a : credits) {
            if (a.artistId() > 0 && a.name() != null) {
                s.update("""
                        INSERT INTO artists (id, name) VALUES (?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE artists.fetched_at IS NULL
                        """, a.artistId(), a.name());
            }
        }
    }

    void rememberLabels(List<LabelRow> labels) {
        for (LabelRow l : labels) {
            if (l.labelId() > 0 && l.name() != null) {
                s.update("""
                        INSERT INTO labels (id, name) VALUES (?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE labels.fetched_at IS NULL
                        """, l.labelId(), l.name());
            }
        }
    }

    void putJson(long id, byte[] gzip, int bytes, String at) {
        s.update("""
                INSERT INTO release_json (release_id, gzip, json_bytes, fetched_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (release_id) DO UPDATE SET gzip = excluded.gzip, json_bytes = excluded.json_bytes,
                    fetched_at = excluded.fetched_at
                """, id, gzip, bytes, at);
    }

    /** Rebuilds the release's full-text rows from the rows just written: the mirror's, and the shelves' if it is on one. */
    void reindex(long id) {
        s.update("DELETE FROM release_search WHERE rowid = ?", id);
        s.update(REINDEX, id);
        s.update("DELETE FROM shelf_search WHERE rowid = ?", id);
        s.update(SHELF_REINDEX, id);
    }

    /**
     * As {@link #reindex} for several releases, in four statements: FTS5 writes each statement's terms out as a segment
     * of their own, so a listing page reindexed release by release left a hundred small segments to merge at its
     * commit (see {@link SearchIndex#REINDEX_ALL}).
     */
    void reindexAll(SortedSet<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String array = SearchIndex.idsArray(ids);
        s.update(UNINDEX_ALL, array);
        s.update(REINDEX_ALL, array);
        s.update(SHELF_UNINDEX_ALL, array);
        s.update(SHELF_REINDEX_ALL, array);
    }
}
