package app.spindle.dump;

import app.spindle.mirror.Bindings;
import app.spindle.mirror.CreditRow;
import app.spindle.mirror.FormatRow;
import app.spindle.mirror.IdentifierRow;
import app.spindle.mirror.LabelRow;
import app.spindle.mirror.ReleaseRow;
import app.spindle.mirror.ReleaseRows;
import app.spindle.mirror.SearchIndex;
import app.spindle.mirror.TrackRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The {@code --all} path: inserts releases that are not in the mirror yet, and rewrites those whose dump
 * record changed since the dump that wrote them, with statements prepared once per import, not once per
 * release (preparing was a third of the time). The rows come from {@link app.spindle.mirror.ReleaseMapping},
 * the mapping every API fetch goes through, so both paths store the same rows; {@code DumpImporterTest}
 * holds them equal. Videos and image entries are neither written nor replaced: nobody owns most of these
 * releases, no page shows them, and the dump's images carry no URLs (an owned release keeps the API's).
 */
final class BulkReleaseWriter implements AutoCloseable {
    private final boolean searchDeferred;
    private final int perStatement;
    private final BitSet artistsNamed = new BitSet();
    private final BitSet labelsNamed = new BitSet();
    private final List<PreparedStatement> all = new ArrayList<>();
    private final PreparedStatement release;
    private final PreparedStatement replaceRelease;
    private final List<PreparedStatement> deleteChildren = new ArrayList<>();
    /** Releases with rows still waiting in a grouped statement, and those whose search row waits for them. */
    private final Set<Long> waiting = new HashSet<>();
    private final SortedSet<Long> toIndex = new TreeSet<>();
    /** Stored releases being rewritten: their old search rows go at the next flush, before the new ones. */
    private final SortedSet<Long> toUnindex = new TreeSet<>();
    private final List<GroupedInsert> grouped = new ArrayList<>();
    private final GroupedInsert credit;
    private final GroupedInsert track;
    private final GroupedInsert trackCredit;
    private final GroupedInsert label;
    private final GroupedInsert format;
    private final GroupedInsert identifier;
    private final GroupedInsert genre;
    private final GroupedInsert style;
    private final PreparedStatement artistName;
    private final PreparedStatement labelName;
    private final PreparedStatement search;
    private final PreparedStatement unsearch;
    private final PreparedStatement shelfSearch;
    private final PreparedStatement shelfUnsearch;
    private final PreparedStatement stored;
    private final PreparedStatement mainRelease;

    private static final List<String> RELEASE_COLUMNS = List.of("id", "title", "artist_credit", "artists_sort",
            "sort_artist", "sort_title", "year", "country", "released", "released_formatted", "notes", "status",
            "data_quality", "master_id", "master_url", "resource_url", "uri", "thumb", "format_quantity",
            "estimated_weight", "community_have", "community_want", "community_rating", "community_rating_count",
            "community_status", "community_data_quality", "num_for_sale", "lowest_price", "blocked_from_sale",
            "date_added", "date_changed", "details_fetched_at", "dump_digest");
    private static final String INSERT_RELEASE = "INSERT INTO releases (" + String.join(", ", RELEASE_COLUMNS)
            + ") VALUES (" + String.join(", ", Collections.nCopies(RELEASE_COLUMNS.size(), "?")) + ")";

    /** @param searchDeferred the full-text index is rebuilt after the load, not row by row */
    BulkReleaseWriter(Connection c, boolean searchDeferred) throws SQLException {
        this(c, searchDeferred, GroupedInsert.ROWS);
    }

    /** @param perStatement child rows a statement inserts ({@code WriterShapes} in src/bench compares) */
    BulkReleaseWriter(Connection c, boolean searchDeferred, int perStatement) throws SQLException {
        this.searchDeferred = searchDeferred;
        this.perStatement = perStatement;
        release = prepare(c, INSERT_RELEASE);
        // ReleaseTables.upsertDetails, plus the digest: a listing's own columns (cover, listed_at) stay as they are
        replaceRelease = prepare(c, INSERT_RELEASE + " ON CONFLICT (id) DO UPDATE SET "
                + String.join(", ", RELEASE_COLUMNS.stream().skip(1).map(col -> col + " = excluded." + col).toList()));
        for (String table : List.of("track_artists", "tracks", "release_artists", "release_labels", "release_formats",
                "release_identifiers", "release_genres", "release_styles")) {
            deleteChildren.add(prepare(c, "DELETE FROM " + table + " WHERE release_id = ?"));
        }
        credit = group(c, """
                INSERT INTO release_artists (release_id, kind, position, artist_id, name, anv, join_text, role, tracks,
                    resource_url, thumbnail_url)""", 11);
        track = group(c, """
                INSERT INTO tracks (release_id, seq, parent_seq, position, side, type, title, duration, duration_seconds)""",
                9);
        trackCredit = group(c, """
                INSERT INTO track_artists (release_id, track_seq, kind, position, artist_id, name, anv, join_text, role,
                    tracks, resource_url, thumbnail_url)""", 12);
        label = group(c, """
                INSERT INTO release_labels (release_id, kind, position, label_id, name, catno, catno_key, entity_type,
                    entity_type_name, resource_url, thumbnail_url)""", 11);
        format = group(c, """
                INSERT INTO release_formats (release_id, position, name, qty, descriptions, text, size, speed, colour,
                    weight_grams)""", 10);
        identifier = group(c, "INSERT INTO release_identifiers (release_id, position, type, value, description, value_key)", 6);
        genre = group(c, "INSERT INTO release_genres (release_id, position, genre)", 3);
        style = group(c, "INSERT INTO release_styles (release_id, position, style)", 3);
        artistName = prepare(c, """
                INSERT INTO artists (id, name) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE artists.fetched_at IS NULL""");
        labelName = prepare(c, """
                INSERT INTO labels (id, name) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE labels.fetched_at IS NULL""");
        search = prepare(c, SearchIndex.REINDEX_ALL.replace(":ids", "?"));
        unsearch = prepare(c, SearchIndex.UNINDEX_ALL.replace(":ids", "?"));
        shelfSearch = prepare(c, SearchIndex.SHELF_REINDEX_ALL.replace(":ids", "?"));
        shelfUnsearch = prepare(c, SearchIndex.SHELF_UNINDEX_ALL.replace(":ids", "?"));
        stored = prepare(c, "SELECT details_fetched_at, thumb, dump_digest FROM releases WHERE id = ?");
        mainRelease = prepare(c, """
                INSERT INTO masters (id, main_release_id) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET main_release_id = excluded.main_release_id""");
    }

    /** What {@link ReleaseTargets#stored} answers, with the statement prepared once. */
    ReleaseTargets.Stored stored(long id) throws SQLException {
        stored.setLong(1, id);
        try (ResultSet rs = stored.executeQuery()) {
            return rs.next() ? new ReleaseTargets.Stored(rs.getString(1), rs.getString(2),
                    rs.getObject(3) == null ? null : rs.getLong(3)) : null;
        }
    }

    void mainRelease(long masterId, long releaseId) throws SQLException {
        run(mainRelease, masterId, releaseId);
    }

    private GroupedInsert group(Connection c, String insertInto, int width) throws SQLException {
        GroupedInsert g = new GroupedInsert(c, insertInto, width, perStatement);
        grouped.add(g);
        return g;
    }

    /**
     * Writes the child rows still waiting for a full statement, then the search rows read from them: before
     * the transaction commits, and before anything else writes a release's rows on this connection.
     */
    void flush() throws SQLException {
        for (GroupedInsert g : grouped) {
            g.flush();
        }
        waiting.clear();
        if (!toUnindex.isEmpty()) {
            String ids = SearchIndex.idsArray(toUnindex);
            run(unsearch, ids);
            run(shelfUnsearch, ids);
            toUnindex.clear();
        }
        if (!toIndex.isEmpty()) {
            String ids = SearchIndex.idsArray(toIndex);
            run(search, ids);
            run(shelfSearch, ids);
            toIndex.clear();
        }
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        all.add(s);
        return s;
    }

    /** Inserts the rows of a release the mirror does not hold yet, inside the caller's transaction. */
    void insertNew(ReleaseRows rows, long digest) throws SQLException {
        writeRelease(release, rows.release(), digest);
        insertChildren(rows);
    }

    /**
     * Rewrites a release the mirror holds from its changed record, inside the caller's transaction: its child
     * rows are deleted and inserted again (grouped with the batch's other rows), as {@code ReleaseWriter} does
     * for one fetched release, and its search row follows at the next {@link #flush}.
     */
    void replace(ReleaseRows rows, long digest) throws SQLException {
        long id = rows.release().id();
        if (waiting.contains(id)) {
            flush(); // an earlier record of the same release: its rows go in before they are deleted
        }
        for (PreparedStatement delete : deleteChildren) {
            run(delete, id);
        }
        if (!searchDeferred) {
            toUnindex.add(id);
        }
        writeRelease(replaceRelease, rows.release(), digest);
        insertChildren(rows);
    }

    private void writeRelease(PreparedStatement s, ReleaseRow x, long digest) throws SQLException {
        run(s, x.id(), x.title(), x.artistCredit(), x.artistsSort(), x.sortArtist(), x.sortTitle(), x.year(),
                x.country(), x.released(), x.releasedFormatted(), x.notes(), x.status(), x.dataQuality(), x.masterId(),
                x.masterUrl(), x.resourceUrl(), x.uri(), x.thumb(), x.formatQuantity(), x.estimatedWeight(),
                x.communityHave(), x.communityWant(), x.communityRating(), x.communityRatingCount(),
                x.communityStatus(), x.communityDataQuality(), x.numForSale(), x.lowestPrice(), x.blockedFromSale(),
                x.dateAdded(), x.dateChanged(), x.detailsFetchedAt(), digest);
    }

    private void insertChildren(ReleaseRows rows) throws SQLException {
        long id = rows.release().id();
        waiting.add(id);
        for (CreditRow a : rows.credits()) {
            credit.add(id, a.kind(), a.position(), a.artistId(), a.name(), a.anv(), a.joinText(), a.role(), a.tracks(),
                    a.resourceUrl(), a.thumbnailUrl());
            rememberArtist(a);
        }
        for (TrackRow t : rows.tracks()) {
            track.add(id, t.seq(), t.parentSeq(), t.position(), t.side(), t.type(), t.title(), t.duration(),
                    t.durationSeconds());
        }
        for (CreditRow a : rows.trackCredits()) {
            trackCredit.add(id, a.trackSeq(), a.kind(), a.position(), a.artistId(), a.name(), a.anv(), a.joinText(),
                    a.role(), a.tracks(), a.resourceUrl(), a.thumbnailUrl());
            rememberArtist(a);
        }
        for (LabelRow l : rows.labels()) {
            label.add(id, l.kind(), l.position(), l.labelId(), l.name(), l.catno(), l.catnoKey(), l.entityType(),
                    l.entityTypeName(), l.resourceUrl(), l.thumbnailUrl());
            if (l.labelId() > 0 && l.name() != null && once(labelsNamed, l.labelId())) {
                run(labelName, l.labelId(), l.name());
            }
        }
        for (FormatRow f : rows.formats()) {
            format.add(id, f.position(), f.name(), f.qty(), f.descriptions(), f.text(), f.size(), f.speed(), f.colour(),
                    f.weightGrams());
        }
        for (IdentifierRow i : rows.identifiers()) {
            identifier.add(id, i.position(), i.type(), i.value(), i.description(), i.valueKey());
        }
        for (int i = 0; i < rows.genres().size(); i++) {
            genre.add(id, i, rows.genres().get(i));
        }
        for (int i = 0; i < rows.styles().size(); i++) {
            style.add(id, i, rows.styles().get(i));
        }
        if (!searchDeferred) {
            toIndex.add(id); // the search row is read from the release's rows, once they are all written
        }
    }

    /**
     * An artist's name is the same in every credit of one dump: upserting it once per load rather than
     * once per credit spares a random B-tree write for each of the catalogue's tens of millions of credits.
     */
    private void rememberArtist(CreditRow a) throws SQLException {
        if (a.artistId() > 0 && a.name() != null && once(artistsNamed, a.artistId())) {
            run(artistName, a.artistId(), a.name());
        }
    }

    /**
     * For a load that resumes a stopped one: the artist and label names stored so far came from the first credit
     * that named them, and an uninterrupted load would keep those (one artist is credited as "David Johansen" and
     * "David JoHansen" in the same dump), so a later credit does not rename them.
     */
    void keepStoredNames(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, BitSet> table : Map.of("artists", artistsNamed, "labels", labelsNamed).entrySet()) {
                try (ResultSet rs = s.executeQuery("SELECT id FROM " + table.getKey())) {
                    while (rs.next()) {
                        once(table.getValue(), rs.getLong(1));
                    }
                }
            }
        }
    }

    /** True the first time {@code id} comes by (always for an id too large to remember). */
    private static boolean once(BitSet seen, long id) {
        if (id > Integer.MAX_VALUE) {
            return true;
        }
        boolean first = !seen.get((int) id);
        seen.set((int) id);
        return first;
    }

    private static void run(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Bindings.bind(s, i + 1, values[i]);
        }
        s.executeUpdate();
    }

    @Override
    public void close() {
        for (GroupedInsert g : grouped) {
            try {
                g.close();
            } catch (SQLException ignored) {
                // the connection goes back to the pool either way
            }
        }
        for (PreparedStatement s : all) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // the connection goes back to the pool either way
            }
        }
    }
}
