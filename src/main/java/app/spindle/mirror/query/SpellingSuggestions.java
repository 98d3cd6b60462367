package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean": when a word typed into a search box finds nothing, the nearest word the mirror
 * knows, one or two typing slips away. The words known are the full-text index's own terms (read
 * through SQLite's fts5vocab) in the columns people name records by — artists, titles, labels, genres
 * and styles — so the vocabulary needs no upkeep of its own. It is read into memory when first needed
 * and kept until the mirror changes; while a sync keeps changing it, the last one read is used and a
 * fresh one is read in the background.
 */
public final class SpellingSuggestions implements AutoCloseable {
    private static final String TERMS = """
            SELECT term, sum(doc) FROM temp.search_words
            WHERE col IN ('artists', 'title', 'labels', 'tags') GROUP BY term
            """;
    /** Words shorter than this are left alone: "dbu" is as near to "dub" as to "abu" and "dbx". */
    private static final int SHORTEST_CORRECTED = 4;

    private final MirrorReads reads;
    private final VersionedCache<String, Vocabulary> vocabulary;

    public SpellingSuggestions(MirrorReads reads) {
        this.reads = reads;
        this.vocabulary = new VersionedCache<>(reads.version(), 1, "spindle-vocabulary", true);
    }

    /**
     * The text with each word that finds nothing replaced by the nearest known word; empty when every
     * word finds something, or a word that finds nothing has no near neighbour.
     */
    public Optional<String> correction(String text) {
        List<String> words = FtsQuery.words(text);
        List<String> corrected = new ArrayList<>(words.size());
        boolean changed = false;
        for (String word : words) {
            if (word.length() < SHORTEST_CORRECTED || !word.chars().allMatch(Character::isLetter) || finds(word)) {
                corrected.add(word);
                continue;
            }
            Optional<String> nearest = vocabulary().nearest(word);
            if (nearest.isEmpty()) {
                return Optional.empty();
            }
            corrected.add(nearest.get());
            changed = true;
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }

    private boolean finds(String word) {
        return reads.with(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM release_search WHERE release_search MATCH :q)")
                .bind("q", FtsQuery.of(word)).mapTo(Boolean.class).one());
    }

    private Vocabulary vocabulary() {
        return vocabulary.get("terms", () -> reads.with(h -> {
            h.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, release_search, 'col')");
            List<Vocabulary.Term> terms = new ArrayList<>();
            h.createQuery(TERMS).map((rs, ctx) -> new Vocabulary.Term(rs.getString(1), rs.getInt(2)))
                    .forEach(term -> {
                        if (term.word().chars().allMatch(Character::isLetter)) {
                            terms.add(term);
                        }
                    });
            return new Vocabulary(terms);
        }));
    }

    @Override
    public void close() {
        vocabulary.close();
    }
}
