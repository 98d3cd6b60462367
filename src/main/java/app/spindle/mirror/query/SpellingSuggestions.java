package app.spindle.mirror.query;

import app.spindle.mirror.SearchKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Did you mean": when a word typed into a search box finds nothing, the nearest word the mirror
 * knows, one or two typing slips away. The words known are the full-text index's own terms (read
 * through SQLite's fts5vocab) in the columns people name records by — artists, titles, labels, genres
 * and styles — so the vocabulary needs no upkeep of its own.
 *
 * <p>Only the terms that can be near the word are read: those starting with its first two letters,
 * with them swapped, or with its second and third or first and third letters (a letter added in front
 * or second). Reading them all took 14.8 s on a mirror of a million releases, since fts5vocab counts
 * every term's records by walking its list; one start of two letters is about a hundredth of that. A
 * slip that changes or drops one of the first two letters is not corrected. Each start's terms are
 * kept until the mirror changes; while a sync keeps changing it, the last ones read are used and fresh
 * ones are read in the background.
 *
 * <p>One for each full-text index: a collection or wantlist search asks the shelves' index, so it is corrected to
 * words of the shelves' records ({@link #ofShelves}); the Tracks page and the Discogs search to words of the whole
 * mirror ({@link #ofMirror}). On a mirror of the whole catalogue the two differ: a word in some record of the
 * catalogue may be in none of the collection's.
 */
public final class SpellingSuggestions implements AutoCloseable {
    private static final String TERMS = """
            SELECT term, sum(doc) FROM temp.%s_terms
            WHERE term >= :from AND term < :to AND col IN ('artists', 'title', 'labels', 'tags') GROUP BY term
            """;
    /** Words shorter than this are left alone: "dbu" is as near to "dub" as to "abu" and "dbx". */
    private static final int SHORTEST_CORRECTED = 4;
    /** Starts of two letters whose terms are kept in memory: every pair of letters a word may start with. */
    private static final int STARTS_KEPT = 26 * 26;
    /** Words typed lately and what each is corrected to. */
    private static final int WORDS_KEPT = 4_096;

    private final MirrorReads reads;
    /** The full-text index whose words are known: release_search or shelf_search. */
    private final String index;
    private final VersionedCache<String, List<Vocabulary.Term>> termsByStart;
    /**
     * A word typed, and what it reads as: itself when it finds something (or is too short to correct), the
     * nearest known word, or "" when none is near. A person refining a misspelt search sends the same word with
     * every facet and page, and each time it cost a look-up in the index and a vocabulary of thousands of words.
     */
    private final VersionedCache<String, String> wordsRead;

    private SpellingSuggestions(MirrorReads reads, String index) {
        this.reads = reads;
        this.index = index;
        this.termsByStart = new VersionedCache<>(reads.version(), STARTS_KEPT, "spindle-vocabulary", true);
        this.wordsRead = new VersionedCache<>(reads.version(), WORDS_KEPT, "spindle-corrections", false);
    }

    /** Corrections to the words of every record the mirror holds. */
    public static SpellingSuggestions ofMirror(MirrorReads reads) {
        return new SpellingSuggestions(reads, "release_search");
    }

    /** Corrections to the words of the records in the collection or on the wantlist. */
    public static SpellingSuggestions ofShelves(MirrorReads reads) {
        return new SpellingSuggestions(reads, "shelf_search");
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
            String read = wordsRead.get(word, () -> read(word));
            if (read.isEmpty()) {
                return Optional.empty();
            }
            corrected.add(read);
            changed |= !read.equals(word);
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }

    /** The word itself when it finds something or is not corrected, else the nearest known word, else "". */
    private String read(String word) {
        if (word.length() < SHORTEST_CORRECTED || !word.chars().allMatch(Character::isLetter) || finds(word)) {
            return word;
        }
        return vocabularyNear(word).nearest(word).orElse("");
    }

    private boolean finds(String word) {
        return reads.with(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM " + index + " WHERE " + index + " MATCH :q)")
                .bind("q", FtsQuery.of(word)).mapTo(Boolean.class).one());
    }

    private Vocabulary vocabularyNear(String word) {
        List<Vocabulary.Term> terms = new ArrayList<>();
        for (String start : startsNear(SearchKeys.withoutAccents(word))) {
            terms.addAll(termsByStart.get(start, () -> termsStarting(start)));
        }
        return new Vocabulary(terms);
    }

    /** The two letters a word within reach of this one may start with (the word has at least three letters). */
    static Set<String> startsNear(String word) {
        char first = word.charAt(0);
        char second = word.charAt(1);
        char third = word.charAt(2);
        return new LinkedHashSet<>(List.of(
                "" + first + second, "" + second + first, "" + second + third, "" + first + third));
    }

    private List<Vocabulary.Term> termsStarting(String start) {
        String after = start.substring(0, 1) + (char) (start.charAt(1) + 1);
        return reads.with(h -> {
            h.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp." + index + "_terms USING fts5vocab(main, " + index + ", 'col')");
            List<Vocabulary.Term> terms = new ArrayList<>();
            h.createQuery(TERMS.formatted(index)).bind("from", start).bind("to", after)
                    .map((rs, ctx) -> new Vocabulary.Term(rs.getString(1), rs.getInt(2)))
                    .forEach(term -> {
                        if (term.word().chars().allMatch(Character::isLetter)) {
                            terms.add(term);
                        }
                    });
            return List.copyOf(terms);
        });
    }

    @Override
    public void close() {
        termsByStart.close();
        wordsRead.close();
    }
}
