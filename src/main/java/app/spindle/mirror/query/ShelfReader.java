package app.spindle.mirror.query;

import app.spindle.mirror.JsonStrings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads pages of a shelf. A page costs four small queries whatever the shelf's size: the keys of the
 * page (from the shelf table and its indexes alone, so a deep offset skips index entries, not joined
 * rows), those entries with their release and cover, their labels, and their formats.
 */
public final class ShelfReader implements AutoCloseable {
    private static final String COLLECTION_DETAILS = """
            SELECT i.instance_id AS item_key, i.release_id, i.rating, i.added_at, i.folder_id, cf.name AS folder_name,
                i.media_condition, i.sleeve_condition,
                (SELECT v.value FROM collection_item_fields v JOIN collection_fields f ON f.id = v.field_id
                    WHERE v.instance_id = i.instance_id AND f.name = 'Notes') AS notes,
                r.title, r.artist_credit, r.year, r.country, r.released, c.local_file,
                NULL AS price_seen_at, NULL AS lowest_price, 0 AS num_for_sale, NULL AS currency, NULL AS target,
                NULL AS target_currency
            FROM collection_items i
            JOIN releases r ON r.id = i.release_id
            LEFT JOIN cover_images c ON c.release_id = i.release_id
            LEFT JOIN collection_folders cf ON cf.id = i.folder_id
            WHERE i.instance_id IN (<keys>)
            """;
    private static final String WANT_DETAILS = """
            SELECT i.release_id AS item_key, i.release_id, i.rating, i.added_at, NULL AS folder_id, NULL AS folder_name,
                NULL AS media_condition, NULL AS sleeve_condition, i.notes,
                r.title, r.artist_credit, r.year, r.country, r.released, c.local_file,
                p.observed_at AS price_seen_at, p.lowest_price, coalesce(p.num_for_sale, 0) AS num_for_sale, p.currency,
                t.target, t.currency AS target_currency
            FROM wants i
            JOIN releases r ON r.id = i.release_id
            LEFT JOIN cover_images c ON c.release_id = i.release_id
            LEFT JOIN latest_prices p ON p.release_id = i.release_id
            LEFT JOIN price_targets t ON t.release_id = i.release_id
            WHERE i.release_id IN (<keys>)
            """;

    private static final int SLICE = 500;
    private static final int IN_ORDER_SHARE = 100;

    private record CountKey(Shelf shelf, ShelfFilter filter) {
    }

    private record PageKey(Shelf shelf, ShelfFilter filter, ShelfSort sort, int offset, int limit) {
    }

    /** Pages of at most this many entries are kept; longer reads (exports, shopping lists) are not. */
    private static final int KEPT_PAGE_SIZE = 100;

    /**
     * Shelves of this many entries or more are answered from memory once indexed (see {@link ShelfIndex}). SQL counts
     * a facet panel at about 20 µs a matching entry (eight facets, each a look-up per entry): 21–42 ms for a word
     * found on 1,000–2,000 wants of a catalogue mirror, 0.2–2.5 ms from memory, where reading those 2,000 took 178 ms
     * once (BENCHMARKS.md, round 13).
     */
    public static final long INDEXED_FROM = 1_000;

    private final MirrorReads jdbi;
    private final VersionedCache<CountKey, Long> counts;
    private final VersionedCache<PageKey, List<ShelfItem>> pages;
    private final ShelfIndexes indexes;
    private final KeptItems kept = new KeptItems();

    public ShelfReader(MirrorReads reads) {
        this(reads, INDEXED_FROM);
    }

    ShelfReader(MirrorReads reads, long indexedFrom) {
        this.jdbi = reads;
        this.counts = new VersionedCache<>(reads.version(), 512, "spindle-counts", false);
        this.pages = new VersionedCache<>(reads.version(), 256, "spindle-pages", false);
        this.indexes = new ShelfIndexes(reads, indexedFrom);
    }

    /** How many entries the shelf holds under the filter (counting 100,000 rows takes a while: kept until the mirror changes). */
    public long count(Shelf shelf, ShelfFilter filter) {
        return counts.get(new CountKey(shelf, filter), () -> {
            Optional<InMemory> memory = filter.isEmpty() ? Optional.empty() : inMemory(shelf, filter);
            if (memory.isPresent()) {
                return (long) memory.get().rows().cardinality();
            }
            FilterSql sql = FilterSql.of(shelf, filter);
            return jdbi.with(h -> sql.bind(h.createQuery("SELECT count(*)" + sql.from())).mapTo(Long.class).one());
        });
    }

    /** The rows of a shelf answered from memory, with the index they are rows of. */
    record InMemory(ShelfIndex index, java.util.BitSet rows) {
    }

    /** The index and the rows passing the filter, when the shelf is answered from memory right now. */
    Optional<InMemory> inMemory(Shelf shelf, ShelfFilter filter) {
        return index(shelf).map(index -> new InMemory(index, index.matching(filter, this::hits)));
    }

    /** Whether the shelf is answered from memory right now (for tests and benchmarks). */
    boolean answersFromMemory(Shelf shelf) {
        return index(shelf).isPresent();
    }

    private Optional<ShelfIndex> index(Shelf shelf) {
        return indexes.current(shelf, count(shelf, ShelfFilter.NONE));
    }

    /** The release ids a MATCH expression finds, ascending (the index keeps them as its rows). */
    private long[] hits(String match) {
        // one string of ids rather than a row each: half the time for the tens of thousands a short prefix finds
        return ids(jdbi.with(h -> h.createQuery("SELECT group_concat(rowid) FROM (" + FilterSql.shelfHits() + ")")
                .bind("q", match).mapTo(String.class).one()));
    }

    /** How well a MATCH expression fits each release it finds (bm25, lower is better), for {@link BestMatch}. */
    private Map<Long, Double> scores(String match) {
        Map<Long, Double> scores = new HashMap<>();
        jdbi.with(h -> h.createQuery(FilterSql.scores()).bind("q", match)
                .map((rs, ctx) -> scores.put(rs.getLong(1), rs.getDouble(2))).list());
        return scores;
    }

    /** "3,17,42" as ascending numbers; none for null. */
    static long[] ids(String joined) {
        if (joined == null || joined.isEmpty()) {
            return new long[0];
        }
        int count = 1;
        for (int i = 0; i < joined.length(); i++) {
            if (joined.charAt(i) == ',') {
                count++;
            }
        }
        long[] ids = new long[count];
        int n = 0;
        long value = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == ',') {
                ids[n++] = value;
                value = 0;
            } else {
                value = value * 10 + (c - '0');
            }
        }
        ids[n] = value;
        java.util.Arrays.sort(ids);
        return ids;
    }

    /** True when nothing of this shelf is mirrored yet. */
    public boolean isEmpty(Shelf shelf) {
        return count(shelf, ShelfFilter.NONE) == 0;
    }

    /** The name behind a facet value that is an id (a label's, a folder's); empty for other facets. */
    public Optional<String> nameOf(Facet facet, String value) {
        String sql = switch (facet) {
            case LABEL -> "SELECT name FROM release_labels WHERE label_id = :id AND name IS NOT NULL LIMIT 1";
            case FOLDER -> "SELECT name FROM collection_folders WHERE id = :id";
            default -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        return jdbi.with(h -> h.createQuery(sql).bind("id", Long.parseLong(value)).mapTo(String.class).findOne());
    }

    /** One page in the given order; a page viewed again is served from memory until the mirror changes. */
    public List<ShelfItem> page(Shelf shelf, ShelfFilter filter, ShelfSort sort, int offset, int limit) {
        if (limit > KEPT_PAGE_SIZE) {
            return read(shelf, filter, sort, offset, limit, false);
        }
        return pages.get(new PageKey(shelf, filter, sort, offset, limit),
                () -> read(shelf, filter, sort, offset, limit, true));
    }

    private List<ShelfItem> read(Shelf shelf, ShelfFilter filter, ShelfSort asked, int offset, int limit, boolean keep) {
        long version = jdbi.version().current();
        List<Long> keys = keys(shelf, filter, asked, offset, limit);
        if (!keep) {
            return jdbi.with(h -> items(h, shelf, keys));
        }
        Map<Long, ShelfItem> known = kept.known(shelf, keys, version);
        if (known.size() < keys.size()) {
            List<Long> missing = keys.stream().filter(key -> !known.containsKey(key)).toList();
            List<ShelfItem> read = jdbi.with(h -> items(h, shelf, missing));
            kept.keep(shelf, read, version);
            read.forEach(item -> known.put(item.key(), item));
        }
        List<ShelfItem> items = new ArrayList<>(keys.size());
        for (Long key : keys) {
            ShelfItem item = known.get(key);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** The keys of one page of the shelf under the filter, in the order asked for. */
    private List<Long> keys(Shelf shelf, ShelfFilter filter, ShelfSort asked, int offset, int limit) {
        boolean ranked = asked.key().ranksByWords() && !FtsQuery.of(filter.text()).isEmpty();
        ShelfSort sort = asked.key().ranksByWords() && !ranked ? ShelfSort.NEWEST_FIRST : asked;
        Optional<InMemory> memory = inMemory(shelf, filter);
        if (memory.isPresent()) {
            ShelfIndex index = memory.get().index();
            return ranked
                    ? BestMatch.page(index, bestMatch(index, filter.text()), memory.get().rows(), offset, limit)
                    : index.page(memory.get().rows(), sort, offset, limit);
        }
        FilterSql sql = FilterSql.of(shelf, filter);
        String from = ranked ? sql.fromRanked(filter.text()) : walkInOrder(shelf, filter) ? sql.fromInOrder() : sql.from();
        String with = ranked ? sql.withRanked() : "";
        return jdbi.with(h -> sql.bind(h.createQuery(with + "SELECT i." + shelf.key() + from
                        + " ORDER BY " + sort.orderBy(shelf) + " LIMIT :limit OFFSET :offset"))
                .bind("limit", limit).bind("offset", offset)
                .mapTo(Long.class).list());
    }

    private BestMatch.Order bestMatch(ShelfIndex index, String text) {
        return index.bestMatch(FtsQuery.of(text), () -> BestMatch.of(index, text, this::hits, this::scores));
    }

    /**
     * Whether the filter keeps more than one entry in {@value #IN_ORDER_SHARE} of the shelf: then walking
     * the order's index finds a page sooner than sorting every match (see {@link FilterSql#fromInOrder()}).
     * Both counts are usually known already: the page asked for them first.
     */
    private boolean walkInOrder(Shelf shelf, ShelfFilter filter) {
        return !filter.isEmpty() && count(shelf, filter) * IN_ORDER_SHARE > count(shelf, ShelfFilter.NONE);
    }

    public Optional<ShelfItem> item(Shelf shelf, long key) {
        return jdbi.with(h -> items(h, shelf, List.of(key))).stream().findFirst();
    }

    private static List<ShelfItem> items(Handle h, Shelf shelf, List<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = new HashMap<>();
        Map<Long, List<ShelfItem.LabelLine>> labels = new HashMap<>();
        Map<Long, List<ShelfItem.FormatLine>> formats = new HashMap<>();
        // In slices, so that printing a whole wantlist stays under SQLite's limit on bound values.
        for (int from = 0; from < keys.size(); from += SLICE) {
            List<Long> slice = keys.subList(from, Math.min(keys.size(), from + SLICE));
            List<Long> releaseIds = new ArrayList<>();
            h.createQuery(shelf == Shelf.COLLECTION ? COLLECTION_DETAILS : WANT_DETAILS)
                    .bindList("keys", slice)
                    .map((rs, ctx) -> Row.of(rs))
                    .forEach(row -> {
                        rows.put(row.key, row);
                        releaseIds.add(row.releaseId);
                    });
            if (!releaseIds.isEmpty()) {
                labels.putAll(labels(h, releaseIds));
                formats.putAll(formats(h, releaseIds));
            }
        }
        List<ShelfItem> items = new ArrayList<>();
        for (Long key : keys) {
            Row row = rows.get(key);
            if (row != null) {
                items.add(row.toItem(labels.getOrDefault(row.releaseId, List.of()),
                        formats.getOrDefault(row.releaseId, List.of())));
            }
        }
        return items;
    }

    static Map<Long, List<ShelfItem.LabelLine>> labels(Handle h, List<Long> releaseIds) {
        Map<Long, List<ShelfItem.LabelLine>> labels = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT release_id, label_id, name, catno FROM release_labels
                        WHERE kind = 'label' AND release_id IN (<ids>) ORDER BY release_id, position""")
                .bindList("ids", releaseIds)
                .map((rs, ctx) -> Map.entry(rs.getLong("release_id"),
                        new ShelfItem.LabelLine(rs.getLong("label_id"), rs.getString("name"), rs.getString("catno"))))
                .forEach(e -> labels.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return labels;
    }

    static Map<Long, List<ShelfItem.FormatLine>> formats(Handle h, List<Long> releaseIds) {
        Map<Long, List<ShelfItem.FormatLine>> formats = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT release_id, name, qty, descriptions, text FROM release_formats
                        WHERE release_id IN (<ids>) ORDER BY release_id, position""")
                .bindList("ids", releaseIds)
                .map((rs, ctx) -> Map.entry(rs.getLong("release_id"), new ShelfItem.FormatLine(rs.getString("name"),
                        rs.getString("qty"), JsonStrings.readOrNone(rs.getString("descriptions")), rs.getString("text"))))
                .forEach(e -> formats.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return formats;
    }

    @Override
    public void close() {
        indexes.close();
        counts.close();
        pages.close();
    }

    private record Row(long key, long releaseId, int rating, String addedAt, Integer folderId, String folderName,
                       String mediaCondition, String sleeveCondition, String notes, String title, String artist,
                       Integer year, String country, String released, String coverFile, ShelfItem.Price price) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("item_key"), rs.getLong("release_id"), rs.getInt("rating"),
                    rs.getString("added_at"), (Integer) rs.getObject("folder_id"), rs.getString("folder_name"),
                    rs.getString("media_condition"), rs.getString("sleeve_condition"), rs.getString("notes"),
                    rs.getString("title"), rs.getString("artist_credit"), (Integer) rs.getObject("year"),
                    rs.getString("country"), rs.getString("released"), rs.getString("local_file"), price(rs));
        }

        private static ShelfItem.Price price(ResultSet rs) throws SQLException {
            Double target = amount(rs, "target");
            String seenAt = rs.getString("price_seen_at");
            if (seenAt == null && target == null) {
                return null;
            }
            return new ShelfItem.Price(seenAt, amount(rs, "lowest_price"), rs.getInt("num_for_sale"),
                    rs.getString("currency"), target, rs.getString("target_currency"));
        }

        private static Double amount(ResultSet rs, String column) throws SQLException {
            double value = rs.getDouble(column);
            return rs.wasNull() ? null : value;
        }

        ShelfItem toItem(List<ShelfItem.LabelLine> labels, List<ShelfItem.FormatLine> formats) {
            return new ShelfItem(key, releaseId, artist, title, year, country, released, labels, formats, coverFile,
                    rating, addedAt, folderId, folderName, mediaCondition, sleeveCondition, notes, price);
        }
    }
}
