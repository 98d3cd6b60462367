package app.spindle.mirror.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;

/**
 * Finds tracks across every mirrored record: a track is found when every word typed starts a word of
 * its title, its artists, the heading or index track it is under, its record's artists, or the record's
 * genres and styles ("dub" lists every track of every Dub record). The full-text index picks the records that may hold such tracks; their
 * tracks are then read a few records at a time and checked one by one until the page is full, so a page
 * costs about the same on a mirror of a thousand records and of a million, however many match.
 *
 * <p>The order: when the words match at most {@value #SORTED_UP_TO} records, their tracks come by the
 * records' artist and title, each record's in tracklist order. When they match more (two letters on a
 * mirror of the whole catalogue match hundreds of thousands), sorting them all would cost what a page
 * must not: the records then come in the order Discogs numbered them, which is the index's own order.
 */
public final class TrackSearch implements AutoCloseable {
    /** Up to this many matching records are sorted by artist and title. */
    static final int SORTED_UP_TO = 1_000;
    private static final int FIRST_CHUNK = 16;
    private static final int LARGEST_CHUNK = 256;
    /** The index columns the track rule reads from: artists, track titles, genres and styles. */
    private static final String TRACK_COLUMNS = "{artists tracks tags} : ";

    private static final String COLUMNS = """
            SELECT t.release_id, t.seq, t.position, t.side, t.title, t.duration,
                (SELECT group_concat(coalesce(nullif(ta.anv, ''), ta.name), ', ') FROM track_artists ta
                    WHERE ta.release_id = t.release_id AND ta.track_seq = t.seq AND ta.kind = 'main') AS track_artist,
                r.artist_credit, r.title AS release_title, r.year, c.local_file,
                (SELECT count(*) FROM collection_items ci WHERE ci.release_id = t.release_id) AS copies,
                EXISTS (SELECT 1 FROM wants w WHERE w.release_id = t.release_id) AS wanted
            FROM tracks t
            JOIN releases r ON r.id = t.release_id
            LEFT JOIN cover_images c ON c.release_id = t.release_id
            """;
    private static final String IS_TRACK = "coalesce(t.type, 'track') NOT IN ('heading', 'index')";
    /**
     * A track's title, every name credited on it (name and name as printed, as the index holds them), and
     * the titles it sits under: the heading before it ("Live In Copenhagen") and the index track it is a
     * part of. A box set's headings are often all its text says about a concert.
     */
    private static final String TRACK_WORDS = """
            SELECT t.release_id, t.seq, concat_ws(' ', t.title,
                (SELECT group_concat(concat_ws(' ', ta.name, ta.anv), ' ') FROM track_artists ta
                    WHERE ta.release_id = t.release_id AND ta.track_seq = t.seq),
                (SELECT h.title FROM tracks h WHERE h.release_id = t.release_id AND h.seq < t.seq AND h.type = 'heading'
                    ORDER BY h.seq DESC LIMIT 1),
                (SELECT p.title FROM tracks p WHERE p.release_id = t.release_id AND p.seq = t.parent_seq)) AS words
            FROM tracks t WHERE t.release_id IN (<ids>) AND
            """ + IS_TRACK;
    /** What a record lends each of its tracks: its artists, genres and styles. */
    private static final String RECORD_WORDS = """
            SELECT r.id, concat_ws(' ', r.artist_credit,
                (SELECT group_concat(concat_ws(' ', a.name, a.anv), ' ') FROM release_artists a
                    WHERE a.release_id = r.id AND a.kind = 'main'),
                (SELECT group_concat(g.genre, ' ') FROM release_genres g WHERE g.release_id = r.id),
                (SELECT group_concat(s.style, ' ') FROM release_styles s WHERE s.release_id = r.id)) AS words
            FROM releases r WHERE r.id IN (<ids>)
            """;

    /** A page of hits, and whether another page follows. */
    public record TrackPage(List<TrackHit> hits, boolean more) {
    }

    private record Key(String text, int offset, int limit) {
    }

    private record Place(long releaseId, int seq) {
    }

    private final MirrorReads jdbi;
    private final int sortedUpTo;
    private final VersionedCache<Key, TrackPage> found;

    public TrackSearch(MirrorReads reads) {
        this(reads, SORTED_UP_TO);
    }

    /** @param sortedUpTo up to this many matching records are sorted by artist and title (tests use a few) */
    TrackSearch(MirrorReads reads, int sortedUpTo) {
        this.jdbi = reads;
        this.sortedUpTo = sortedUpTo;
        this.found = new VersionedCache<>(reads.version(), 256, "spindle-tracks", false);
    }

    /** Tracks whose title, artists or record's genres and styles hold every word; a search made again is answered from memory until the mirror changes. */
    public TrackPage search(String text, int offset, int limit) {
        return found.get(new Key(text, offset, limit), () -> find(text, offset, limit));
    }

    private TrackPage find(String text, int offset, int limit) {
        WordPrefixes words = WordPrefixes.of(text);
        if (words.isEmpty()) {
            return new TrackPage(List.of(), false);
        }
        int needed = offset + limit + 1;
        return jdbi.with(h -> {
            List<TrackHit> hits = new ArrayList<>();
            try (ResultIterator<Long> matches = h.createQuery(
                            "SELECT rowid FROM release_search WHERE release_search MATCH :q ORDER BY rowid")
                    .bind("q", TRACK_COLUMNS + "(" + FtsQuery.of(text) + ")").mapTo(Long.class).iterator()) {
                List<Long> first = take(matches, sortedUpTo + 1);
                Iterator<Long> records = first.size() <= sortedUpTo
                        ? byArtistAndTitle(h, first).iterator()
                        : followedBy(first.iterator(), matches);
                int chunk = FIRST_CHUNK;
                while (hits.size() < needed && records.hasNext()) {
                    hits.addAll(matchingTracks(h, take(records, chunk), words));
                    chunk = Math.min(LARGEST_CHUNK, chunk * 2);
                }
            }
            List<TrackHit> page = hits.subList(Math.min(offset, hits.size()), hits.size());
            return page.size() > limit ? new TrackPage(List.copyOf(page.subList(0, limit)), true)
                    : new TrackPage(List.copyOf(page), false);
        });
    }

    /** With nothing to search for: the tracks of the most recently added records, {@code records} records a page. */
    public TrackPage recent(int offset, int records) {
        return jdbi.with(h -> {
            List<Long> ids = new ArrayList<>(new LinkedHashSet<>(h.createQuery(
                            "SELECT release_id FROM collection_items ORDER BY added_at DESC, instance_id DESC"
                                    + " LIMIT :limit OFFSET :offset")
                    .bind("limit", records + 1).bind("offset", offset).mapTo(Long.class).list()));
            boolean more = ids.size() > records;
            List<Long> shown = ids.subList(0, Math.min(records, ids.size()));
            return new TrackPage(tracksOf(h, shown, place -> true), more);
        });
    }

    @Override
    public void close() {
        found.close();
    }

    private static List<Long> byArtistAndTitle(Handle h, List<Long> releaseIds) {
        if (releaseIds.isEmpty()) {
            return releaseIds;
        }
        return h.createQuery("SELECT id FROM releases WHERE id IN (<ids>) ORDER BY sort_artist, sort_title, id")
                .bindList("ids", releaseIds).mapTo(Long.class).list();
    }

    /**
     * The tracks of these records that hold every word. The words are read first, a row per track and
     * one per record; only the tracks that pass are then read for showing.
     */
    private static List<TrackHit> matchingTracks(Handle h, List<Long> releaseIds, WordPrefixes words) {
        if (releaseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> recordWords = new HashMap<>();
        h.createQuery(RECORD_WORDS).bindList("ids", releaseIds)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), WordPrefixes.split(rs.getString(2))))
                .forEach(e -> recordWords.put(e.getKey(), e.getValue()));
        Set<Place> found = new HashSet<>();
        h.createQuery(TRACK_WORDS).bindList("ids", releaseIds)
                .map((rs, ctx) -> Map.entry(new Place(rs.getLong(1), rs.getInt(2)), WordPrefixes.split(rs.getString(3))))
                .forEach(track -> {
                    if (words.allFoundIn(track.getValue(), recordWords.getOrDefault(track.getKey().releaseId(), List.of()))) {
                        found.add(track.getKey());
                    }
                });
        Set<Long> holdingAny = new HashSet<>();
        found.forEach(place -> holdingAny.add(place.releaseId()));
        List<Long> holding = releaseIds.stream().filter(holdingAny::contains).toList();
        return tracksOf(h, holding, found::contains);
    }

    /** The tracks of these records at the places asked for, in the records' order and each record's tracklist order. */
    private static List<TrackHit> tracksOf(Handle h, List<Long> releaseIds, Predicate<Place> wanted) {
        if (releaseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TrackHit>> byRelease = new HashMap<>();
        h.createQuery(COLUMNS + " WHERE t.release_id IN (<ids>) AND " + IS_TRACK + " ORDER BY t.release_id, t.seq")
                .bindList("ids", releaseIds)
                .map((rs, ctx) -> wanted.test(new Place(rs.getLong("release_id"), rs.getInt("seq"))) ? hit(rs) : null)
                .forEach(hit -> {
                    if (hit != null) {
                        byRelease.computeIfAbsent(hit.releaseId(), k -> new ArrayList<>()).add(hit);
                    }
                });
        List<TrackHit> hits = new ArrayList<>();
        releaseIds.forEach(id -> hits.addAll(byRelease.getOrDefault(id, List.of())));
        return hits;
    }

    private static List<Long> take(Iterator<Long> ids, int count) {
        List<Long> taken = new ArrayList<>();
        while (taken.size() < count && ids.hasNext()) {
            taken.add(ids.next());
        }
        return taken;
    }

    private static Iterator<Long> followedBy(Iterator<Long> first, Iterator<Long> then) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || then.hasNext();
            }

            @Override
            public Long next() {
                return first.hasNext() ? first.next() : then.next();
            }
        };
    }

    private static TrackHit hit(ResultSet rs) throws SQLException {
        return new TrackHit(rs.getLong("release_id"), rs.getString("position"), rs.getString("side"),
                rs.getString("title"), rs.getString("duration"), rs.getString("track_artist"),
                rs.getString("artist_credit"), rs.getString("release_title"), (Integer) rs.getObject("year"),
                rs.getString("local_file"), rs.getInt("copies"), rs.getBoolean("wanted"));
    }
}
