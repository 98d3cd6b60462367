package app.spindle.match;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import app.spindle.mirror.query.ReadSide;

/**
 * Loads mirrored releases as {@link NormalizedCandidate}s (tracklist with positions and track artists,
 * catalog numbers, barcodes, formats, owned / wanted), a few statements for any number of ids. Keeps
 * what it loaded for a short while: a bulk run meets the same releases again and again, and
 * normalising tracklists is the costly part. Stale for at most {@code memoAge}.
 */
final class MirrorReleases {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final ReadSide reads;
    private final Clock clock;
    private final Duration memoAge;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Long, NormalizedCandidate> memo = new HashMap<>();
    private final Map<Long, Long> masters = new HashMap<>();
    private Instant memoSince;

    MirrorReleases(ReadSide reads, Clock clock, Duration memoAge) {
        this.reads = reads;
        this.clock = clock;
        this.memoAge = memoAge;
    }

    synchronized List<NormalizedCandidate> load(Collection<Long> ids) {
        Instant now = clock.instant();
        if (memoSince == null || now.isAfter(memoSince.plus(memoAge))) {
            memo.clear();
            masters.clear();
            memoSince = now;
        }
        List<Long> missing = ids.stream().filter(id -> !memo.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            reads.with(h -> read(h, missing)).forEach(r -> {
                memo.put(r.id, NormalizedCandidate.of(r.candidate()));
                if (r.masterId != null) {
                    masters.put(r.id, r.masterId);
                }
            });
        }
        return ids.stream().distinct().map(memo::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Every mirrored release, read in a few statements on one connection: what a {@link MirrorSnapshot}
     * is made of. Not memoised: the snapshot is the memo. Null when there are more than {@code atMost}.
     */
    MirrorSnapshot.Contents loadAll(int atMost) {
        return reads.with(h -> {
            List<Long> all = h.createQuery("SELECT id FROM releases ORDER BY id").mapTo(Long.class).list();
            if (all.size() > atMost) {
                return null;
            }
            List<NormalizedCandidate> candidates = new ArrayList<>(all.size());
            Map<Long, Long> masterIds = new HashMap<>();
            for (int from = 0; from < all.size(); from += 2000) {
                for (Rows r : read(h, all.subList(from, Math.min(all.size(), from + 2000)))) {
                    candidates.add(NormalizedCandidate.of(r.candidate()));
                    if (r.masterId != null) {
                        masterIds.put(r.id, r.masterId);
                    }
                }
            }
            return new MirrorSnapshot.Contents(candidates, masterIds);
        });
    }

    /** The master of a release {@link #load} returned, or null when it has none. */
    synchronized Long masterOf(long releaseId) {
        return masters.get(releaseId);
    }

    synchronized void forget() {
        memo.clear();
        masters.clear();
    }

    private Collection<Rows> read(Handle h, List<Long> ids) {
        Map<Long, Rows> rows = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT r.id, r.title, r.artist_credit, r.year, r.country, r.master_id,
                               EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = r.id) AS owned,
                               EXISTS (SELECT 1 FROM wants w WHERE w.release_id = r.id) AS wanted
                        FROM releases r WHERE r.id IN (<ids>)
                        """)
                .bindList("ids", ids)
                .map((rs, ctx) -> new Rows(rs.getLong("id"), rs.getString("title"), rs.getString("artist_credit"),
                        (Integer) rs.getObject("year"), rs.getString("country"), nullableLong(rs.getLong("master_id"), rs.wasNull()),
                        rs.getBoolean("owned"), rs.getBoolean("wanted")))
                .forEach(r -> rows.put(r.id, r));
        Map<String, List<String>> trackArtists = new HashMap<>();
        h.createQuery("""
                        SELECT release_id, track_seq, coalesce(nullif(anv, ''), name) AS shown FROM track_artists
                        WHERE release_id IN (<ids>) AND kind = 'main' ORDER BY release_id, track_seq, position
                        """)
                .bindList("ids", ids)
                .map((rs, ctx) -> new String[] {rs.getLong(1) + ":" + rs.getInt(2), rs.getString(3)})
                .forEach(a -> trackArtists.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a[1]));
        h.createQuery("""
                        SELECT release_id, seq, position, title FROM tracks
                        WHERE release_id IN (<ids>) AND coalesce(type, 'track') <> 'heading' ORDER BY release_id, seq
                        """)
                .bindList("ids", ids)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)})
                .forEach(t -> {
                    Rows r = rows.get((Long) t[0]);
                    if (r != null) {
                        r.tracks.add(new CandidateTrack((String) t[2], (String) t[3],
                                trackArtists.getOrDefault(t[0] + ":" + t[1], List.of())));
                    }
                });
        h.createQuery("SELECT release_id, name, catno FROM release_labels WHERE release_id IN (<ids>) AND kind = 'label' "
                        + "ORDER BY release_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .forEach(l -> {
                    Rows r = rows.get((Long) l[0]);
                    if (r != null) {
                        add(r.labels, (String) l[1]);
                        add(r.catnos, (String) l[2]);
                    }
                });
        h.createQuery("SELECT release_id, name, descriptions FROM release_formats WHERE release_id IN (<ids>) "
                        + "ORDER BY release_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .forEach(f -> {
                    Rows r = rows.get((Long) f[0]);
                    if (r != null) {
                        add(r.formats, (String) f[1]);
                        descriptions((String) f[2]).forEach(d -> add(r.formats, d));
                    }
                });
        h.createQuery("SELECT release_id, value FROM release_identifiers WHERE release_id IN (<ids>) "
                        + "AND lower(type) = 'barcode'")
                .bindList("ids", ids)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .forEach(b -> {
                    Rows r = rows.get((Long) b[0]);
                    if (r != null) {
                        add(r.barcodes, (String) b[1]);
                    }
                });
        return rows.values();
    }

    private static Long nullableLong(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    private List<String> descriptions(String array) {
        try {
            return array == null ? List.of() : json.readValue(array, STRINGS);
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static void add(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value)) {
            list.add(value);
        }
    }

    /** One release's rows while they are read. */
    private static final class Rows {
        final long id;
        final String title;
        final String artist;
        final Integer year;
        final String country;
        final Long masterId;
        final boolean owned;
        final boolean wanted;
        final List<CandidateTrack> tracks = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<String> catnos = new ArrayList<>();
        final List<String> formats = new ArrayList<>();
        final List<String> barcodes = new ArrayList<>();

        Rows(long id, String title, String artist, Integer year, String country, Long masterId, boolean owned,
             boolean wanted) {
            this.id = id;
            this.title = title;
            this.artist = artist;
            this.year = year;
            this.country = country;
            this.masterId = masterId;
            this.owned = owned;
            this.wanted = wanted;
        }

        Candidate candidate() {
            return new Candidate(id, artist, title, year, catnos, labels, barcodes, formats, country, tracks,
                    CandidateSource.MIRROR, owned, wanted, null);
        }
    }
}
