package app.spindle.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import app.spindle.mirror.query.FtsQuery;
import app.spindle.mirror.query.ReadSide;

/**
 * Finds the mirrored releases that might hold a track, without loading them: by catalog number and
 * barcode through the mirror's key columns, then by full-text search — the title's words in a
 * tracklist, and a broad search over every word that ranks by relevance, so a typo in one word does
 * not lose the record.
 */
final class MirrorLookup {
    /** FTS5 column weights: artists, title, labels, catnos, tracks, identifiers. */
    private static final String RANK = "bm25(release_search, 4.0, 2.0, 1.0, 1.0, 3.0, 0.2)";

    /** Words in half of all titles: in a broad search they only make the ranking slow. */
    private static final Set<String> STOP_WORDS = Set.of("\"the\"", "\"a\"", "\"an\"", "\"of\"", "\"and\"",
            "\"in\"", "\"on\"", "\"to\"", "\"for\"", "\"from\"", "\"with\"", "\"part\"", "\"la\"", "\"le\"",
            "\"de\"", "\"die\"", "\"der\"");

    private final ReadSide reads;
    private final int limit;

    MirrorLookup(ReadSide reads, int limit) {
        this.reads = reads;
        this.limit = limit;
    }

    /** How far a look-up reaches: each stage is tried only when the ones before found nothing sure. */
    enum Stage {
        /** Catalog number, barcode, the title's words in a tracklist of the artist. */
        PRECISE,
        /** The album by the artist, the title anywhere, everything by the artist. */
        WIDER,
        /** Any of the words, ranked by relevance: survives a typo in a name. */
        BROAD
    }

    Set<Long> releaseIds(DigitalTrack track, Stage stage) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> artist = words(TextNormalizer.searchArtist(track.artist()));
        List<String> title = words(TextNormalizer.searchTitle(track.title()));
        List<String> album = words(TextNormalizer.searchTitle(track.album()));
        String inTracklist = "{tracks title} : (" + all(title) + ")";
        reads.with(h -> {
            switch (stage) {
                case PRECISE -> {
                    CatalogNumber.parse(track.catno()).ifPresent(c -> ids.addAll(byCatalogNumber(h, c)));
                    Barcode.parse(track.barcode()).ifPresent(b -> ids.addAll(byBarcode(h, b)));
                    if (!title.isEmpty() && !artist.isEmpty()) {
                        ids.addAll(search(h, inTracklist + " AND artists : (" + any(artist) + ")", limit));
                    }
                }
                case WIDER -> {
                    if (!album.isEmpty() && !artist.isEmpty()) {
                        ids.addAll(search(h, "title : (" + all(album) + ") AND artists : (" + any(artist) + ")", limit));
                    }
                    if (!title.isEmpty()) {
                        ids.addAll(search(h, inTracklist, limit));
                    }
                    if (!artist.isEmpty()) {
                        // everything by the artist: a typo in the title then still meets its record
                        ids.addAll(search(h, "artists : (" + all(artist) + ")", limit * 2));
                    }
                }
                case BROAD -> {
                    List<String> everything = new ArrayList<>(artist);
                    everything.addAll(title);
                    everything.addAll(album);
                    everything.removeIf(STOP_WORDS::contains);
                    if (!everything.isEmpty()) {
                        ids.addAll(search(h, "{artists title tracks} : (" + any(everything) + ")", limit));
                    }
                }
            }
            return null;
        });
        return ids;
    }

    private List<Long> byCatalogNumber(Handle h, CatalogNumber catno) {
        // Keys share their leading letters whatever the spacing and zeros: "WARP 012" and "WARP12".
        String key = catno.key();
        int letters = 0;
        while (letters < key.length() && !Character.isDigit(key.charAt(letters))) {
            letters++;
        }
        String from = letters == 0 ? catno.looseKey() : key.substring(0, letters);
        String to = letters == 0 ? catno.looseKey() + "\u0000" : from + "\uFFFF";
        List<Long> ids = new ArrayList<>();
        h.createQuery("""
                        SELECT release_id, catno_key FROM release_labels
                        WHERE catno_key <> '' AND catno_key >= :from AND catno_key < :to AND kind = 'label'
                        """)
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .forEach(row -> {
                    Optional<CatalogNumber> theirs = CatalogNumber.parse((String) row[1]);
                    if (theirs.isPresent() && catno.compare(theirs.get()) != CatalogNumber.Agreement.NONE) {
                        ids.add((Long) row[0]);
                    }
                });
        if (letters == 0 && !catno.looseKey().equals(key)) {
            ids.addAll(h.createQuery("SELECT release_id FROM release_labels WHERE catno_key = :key AND catno_key <> ''")
                    .bind("key", key).mapTo(Long.class).list());
        }
        return ids;
    }

    private static List<Long> byBarcode(Handle h, Barcode barcode) {
        // The same GTIN is printed as UPC-A (12 digits) or EAN-13 with a leading zero, sometimes as 14.
        List<String> forms = new ArrayList<>();
        String key = barcode.key();
        for (int length : new int[] {8, 12, 13, 14}) {
            String head = key.substring(0, 14 - length);
            if (head.chars().allMatch(c -> c == '0')) {
                forms.add(key.substring(14 - length));
            }
        }
        return h.createQuery("""
                        SELECT DISTINCT release_id FROM release_identifiers
                        WHERE value_key <> '' AND value_key IN (<forms>) AND lower(type) = 'barcode'
                        """)
                .bindList("forms", forms).mapTo(Long.class).list();
    }

    private static List<Long> search(Handle h, String match, int limit) {
        return h.createQuery("SELECT rowid FROM release_search WHERE release_search MATCH :q ORDER BY " + RANK
                        + " LIMIT :limit")
                .bind("q", match).bind("limit", limit).mapTo(Long.class).list();
    }

    /** The words of a search text as FTS5 terms, quoted so that user text is never FTS syntax. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : FtsQuery.words(text)) {
            String quoted = "\"" + word + "\"";
            if (!words.contains(quoted)) {
                words.add(quoted);
            }
        }
        return words;
    }

    private static String all(List<String> terms) {
        return String.join(" AND ", terms);
    }

    private static String any(List<String> terms) {
        return String.join(" OR ", terms);
    }
}
