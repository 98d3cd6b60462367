package app.spindle.mirror.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.mirror.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingSuggestionsTest {
    @TempDir
    Path dir;

    @Test
    void typing_slips_are_counted_as_a_person_makes_them() {
        assertEquals(1, EditDistance.atMost("asltey", "astley", 2), "two neighbours swapped is one slip");
        assertEquals(1, EditDistance.atMost("astly", "astley", 2), "a letter dropped");
        assertEquals(1, EditDistance.atMost("asstley", "astley", 2), "a letter doubled");
        assertEquals(1, EditDistance.atMost("bastley", "astley", 2), "a letter added in front");
        assertEquals(2, EditDistance.atMost("asltye", "astley", 2));
        assertEquals(3, EditDistance.atMost("zzzyxq", "astley", 2), "past the most of interest");
        assertEquals(0, EditDistance.atMost("dub", "dub", 1));
    }

    @Test
    void the_nearest_word_is_the_fewest_slips_away_and_the_one_more_records_hold_among_equals() {
        Vocabulary words = new Vocabulary(List.of(new Vocabulary.Term("astley", 3), new Vocabulary.Term("ashley", 40),
                new Vocabulary.Term("house", 90), new Vocabulary.Term("horse", 2), new Vocabulary.Term("hous", 1)));
        assertEquals(Optional.of("astley"), words.nearest("asltey"), "one swap beats two changes, however common");
        assertEquals(Optional.of("house"), words.nearest("hpuse"), "as near as horse, but in more records");
        assertEquals(Optional.empty(), words.nearest("hxxse"), "two slips in a five-letter word are too many");
        assertEquals(Optional.empty(), words.nearest("zzzyxq"));
    }

    @Test
    void a_word_that_finds_nothing_is_replaced_by_the_nearest_name_genre_or_style_of_the_mirror() {
        Database db = Database.open(dir);
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO release_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
                VALUES (1, 'Rick Astley', 'Never Gonna Give You Up', 'RCA', 'PB 41447', 'Never Gonna Give You Up', NULL, 'Pop Synth-pop'),
                       (2, 'Augustus Pablo', 'King Tubby Meets Rockers Uptown', 'Clocktower', 'CT 1', 'Skanking Easy', NULL, 'Reggae Dub')
                """));
        try (MirrorReads reads = new MirrorReads(db.jdbi()); SpellingSuggestions spelling = SpellingSuggestions.ofMirror(reads)) {
            assertEquals(Optional.of("astley"), spelling.correction("asltey"));
            assertEquals(Optional.of("never gonna"), spelling.correction("Never gona"), "the word that finds something stays");
            assertEquals(Optional.of("reggae"), spelling.correction("regae"), "a genre");
            assertEquals(Optional.of("pablo"), spelling.correction("pabol"));
            assertEquals(Optional.of("astley"), spelling.correction("satley"), "the first two letters swapped");
            assertEquals(Optional.of("astley"), spelling.correction("bastley"), "a letter added in front");
            assertEquals(Optional.of("astley"), spelling.correction("axstley"), "a letter added second");
            assertEquals(Optional.empty(), spelling.correction("xstley"),
                    "only terms starting near the word's first letters are read: a changed first letter is not corrected");
            assertEquals(Optional.empty(), spelling.correction("astley"), "nothing to correct");
            assertEquals(Optional.empty(), spelling.correction("skankign"), "track titles are not offered: too many, too rare");
            assertEquals(Optional.empty(), spelling.correction("dbu"), "a word of three letters is left alone");
            assertEquals(Optional.empty(), spelling.correction("asltey zzzyxq"), "one word beyond help: no suggestion");
            assertEquals(Optional.empty(), spelling.correction(""));
        }
        db.close();
    }

    @Test
    void a_word_read_before_is_read_again_once_the_mirror_changes() {
        Database db = Database.open(dir);
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO release_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
                VALUES (1, 'Rick Astley', 'Never Gonna Give You Up', 'RCA', 'PB 41447', NULL, NULL, 'Pop')"""));
        try (MirrorReads reads = new MirrorReads(db.jdbi()); SpellingSuggestions spelling = SpellingSuggestions.ofMirror(reads)) {
            assertEquals(Optional.of("astley"), spelling.correction("asltey"));
            assertEquals(Optional.of("astley"), spelling.correction("asltey"), "asked again: the same");

            db.jdbi().useHandle(h -> h.execute("""
                    INSERT INTO release_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
                    VALUES (2, 'Asltey', 'A Band Really Called So', NULL, NULL, NULL, NULL, NULL)"""));

            assertEquals(Optional.empty(), spelling.correction("asltey"), "the word now finds a record: nothing to correct");
        }
        db.close();
    }

    @Test
    void a_shelf_search_is_corrected_to_words_of_the_shelves_records_not_of_the_whole_mirror() {
        Database db = Database.open(dir);
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (1, 'Never Gonna Give You Up', 'Rick Astley'),"
                    + " (2, 'Together Forever', 'Rick Astley'), (3, 'Whenever You Need Somebody', 'Rick Astley'),"
                    + " (4, 'Inspiration Information', 'Ashley Beedle')");
            h.execute("INSERT INTO release_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)"
                    + " SELECT * FROM release_search_rows");
            h.execute("INSERT INTO collection_items (instance_id, release_id, folder_id) VALUES (10, 4, 1)");
        });
        try (MirrorReads reads = new MirrorReads(db.jdbi()); SpellingSuggestions mirror = SpellingSuggestions.ofMirror(reads);
                SpellingSuggestions shelves = SpellingSuggestions.ofShelves(reads)) {
            assertEquals(Optional.of("astley"), mirror.correction("asley"), "one slip from both: the one more records hold");
            assertEquals(Optional.of("ashley"), shelves.correction("asley"), "the only one the collection holds");
            assertEquals(Optional.empty(), mirror.correction("astley"), "found in the mirror");
            assertEquals(Optional.of("ashley"), shelves.correction("astley"), "found in the mirror but not on a shelf");
        }
        db.close();
    }
}
