package app.spindle.mirror.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.Database;
import app.spindle.mirror.SearchIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackSearchTest {
    @TempDir
    Path dir;
    Database db;
    MirrorReads reads;
    TrackSearch search;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        reads = new MirrorReads(db.jdbi());
        search = new TrackSearch(reads);
    }

    @AfterEach
    void close() {
        search.close();
        reads.close();
        db.close();
    }

    @Test
    void a_track_is_found_by_the_starts_of_words_in_its_title_its_artists_or_its_records_genres() {
        db.jdbi().useTransaction(h -> {
            record(h, 1, "Lola Flores", "Hits", "Flamenco", "Hello Sunshine", "Ojos Verdes");
            record(h, 2, "Nina", "Lieder", "Classical", "Die Löwe", "Hello Again");
            record(h, 3, "King Tubby", "Dub Plates", "Reggae", "Roots Version");
        });
        assertEquals(List.of("Hello Sunshine", "Ojos Verdes", "Die Löwe"), titles(search.search("lo", 0, 100)),
                "every track of Lola's record, and Löwe without its accent; not Hello, where lo is inside a word");
        assertEquals(List.of("Roots Version"), titles(search.search("reggae", 0, 100)), "the record's genre");
        assertEquals(List.of("Hello Again"), titles(search.search("nina hello", 0, 100)), "the record's artist and the title");
        assertEquals(List.of(), titles(search.search("sunshine verdes", 0, 100)),
                "both words are on the record, but no one track holds both");
    }

    @Test
    void a_letter_glued_to_a_word_must_be_a_whole_word_while_a_letter_alone_starts_one() {
        db.jdbi().useTransaction(h -> record(h, 1, "Dub Club", "Versions", "Reggae", "Take B", "Take Bossa", "Take Five"));
        assertEquals(List.of("Take B", "Take Bossa"), titles(search.search("take b", 0, 100)), "b may still grow");
        assertEquals(List.of("Take B", "Take Bossa"), titles(search.search("b take", 0, 100)), "an initial, as in j brown");
        assertEquals(List.of("Take B"), titles(search.search("take-b", 0, 100)), "glued by a hyphen, as in FC-080-B");
        assertEquals(List.of("Take B"), titles(search.search("b-take", 0, 100)), "glued to the word after it, as in A-1");
    }

    @Test
    void a_heading_lends_its_words_to_the_tracks_under_it() {
        db.jdbi().useTransaction(h -> {
            record(h, 1, "Grateful Dead", "Europe '72", "Rock", "Tivoli Concert Hall, Copenhagen", "Jack Straw",
                    "Beat Club, Bremen", "Casey Jones");
            h.execute("UPDATE tracks SET type = 'heading', position = '' WHERE release_id = 1 AND seq IN (0, 2)");
        });
        assertEquals(List.of("Jack Straw"), titles(search.search("copenhagen", 0, 100)), "a heading is no track itself");
        assertEquals(List.of("Casey Jones"), titles(search.search("bremen", 0, 100)), "the nearest heading above");
    }

    @Test
    void a_few_matching_records_come_by_artist_and_title_each_in_tracklist_order() {
        db.jdbi().useTransaction(h -> {
            record(h, 30, "Zapp", "More Bounce", "Funk", "Love A2", "Love A1");
            record(h, 10, "The Orb", "Love", "Electronic", "Love B1");
            record(h, 20, "Abba", "Love Songs", "Pop", "Love C1", "Love C2");
        });
        assertEquals(List.of("Love C1", "Love C2", "Love B1", "Love A2", "Love A1"), titles(search.search("love", 0, 100)),
                "Abba, Orb (no leading The), Zapp; each record's tracks as its tracklist has them");
    }

    @Test
    void past_the_records_it_sorts_the_records_come_in_discogs_order_and_pages_follow_on() {
        int sorted = 40;
        db.jdbi().useTransaction(h -> {
            for (int id = sorted + 60; id >= 1; id--) {
                record(h, id, "Artist " + (5000 - id), "Record " + id, "Rock", "Lost " + id + " A", "Lost " + id + " B");
            }
        });
        try (TrackSearch catalogue = new TrackSearch(reads, sorted)) {
            TrackSearch.TrackPage first = catalogue.search("lost", 0, 100);
            TrackSearch.TrackPage second = catalogue.search("lost", 100, 100);
            assertTrue(first.more());
            assertEquals("Lost 1 A", first.hits().get(0).title(), "the lowest Discogs id first, not the first artist");
            assertEquals("Lost 50 B", first.hits().get(99).title());
            assertEquals("Lost 51 A", second.hits().get(0).title(), "the next page starts where the first stopped");
            assertEquals(100, second.hits().size());
            assertFalse(second.more(), "200 tracks in all");
        }
        assertEquals("Lost 100 A", search.search("lost", 0, 1).hits().get(0).title(),
                "with every match sorted: the first artist (Artist 4900) first");
    }

    @Test
    void pages_of_a_search_are_the_one_long_list_cut_into_pieces() {
        db.jdbi().useTransaction(h -> {
            for (int id = 1; id <= 40; id++) {
                record(h, id, "Band " + id, "Album " + id, "Jazz", "Blue " + id, "Green " + id, "Blue again " + id);
            }
        });
        List<String> all = titles(search.search("blue", 0, 500));
        assertEquals(80, all.size());
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 80; offset += 7) {
            TrackSearch.TrackPage page = search.search("blue", offset, 7);
            paged.addAll(titles(page));
            assertEquals(offset + 7 < 80, page.more(), "more after offset " + offset);
        }
        assertEquals(all, paged);
    }

    private static List<String> titles(TrackSearch.TrackPage page) {
        return page.hits().stream().map(TrackHit::title).toList();
    }

    /** A record with one main artist, one genre and its tracks, indexed as a sync would. */
    private static void record(Handle h, long id, String artist, String title, String genre, String... tracks) {
        h.createUpdate("""
                        INSERT INTO releases (id, title, artist_credit, sort_artist, sort_title, details_fetched_at)
                        VALUES (:id, :title, :artist, lower(replace(:artist, 'The ', '')), lower(:title), '2024-01-01T00:00:00Z')""")
                .bind("id", id).bind("title", title).bind("artist", artist).execute();
        h.createUpdate("INSERT INTO release_artists (release_id, kind, position, artist_id, name) VALUES (:id, 'main', 0, :id, :name)")
                .bind("id", id).bind("name", artist).execute();
        h.createUpdate("INSERT INTO release_genres (release_id, position, genre) VALUES (:id, 0, :genre)")
                .bind("id", id).bind("genre", genre).execute();
        for (int seq = 0; seq < tracks.length; seq++) {
            h.createUpdate("INSERT INTO tracks (release_id, seq, position, type, title) VALUES (:id, :seq, :position, 'track', :title)")
                    .bind("id", id).bind("seq", seq).bind("position", "A" + (seq + 1)).bind("title", tracks[seq]).execute();
        }
        h.createUpdate(SearchIndex.REINDEX).bind("id", id).execute();
    }
}
