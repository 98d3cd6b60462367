package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.model.CollectionPage;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.WantsPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shelves' full-text index (020_shelf_search.sql) holds the releases on a shelf, each as the mirror's index does. */
class ShelfSearchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private final DiscogsModels models = new DiscogsModels();

    @TempDir
    Path dir;

    @Test
    void a_release_is_in_the_shelves_index_while_it_is_on_a_shelf_with_the_words_of_the_mirrors_index() throws Exception {
        Database db = Database.open(dir);
        ReleaseWriter releases = new ReleaseWriter(db.jdbi(), CLOCK);
        ListingWriter listing = new ListingWriter(db.jdbi(), releases, CLOCK);
        List<Long> detailed = new ArrayList<>();
        for (Path file : ReleaseWriterTest.releaseFiles()) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            DiscogsRelease release = models.release(json);
            releases.writeDetails(release, json);
            detailed.add(release.id());
        }
        assertEquals(Set.of(), shelved(db), "releases stored but on no shelf are not in it");

        SyncRunRepository runs = db.jdbi().onDemand(SyncRunRepository.class);
        long listed = runs.start("now", "2026-12-04T12:00:00.000Z");
        CollectionPage copies = models.collectionPage(ListingWriterTest.read("collection/folder-0-page-1.json"));
        listing.writeCollectionPage(listed, copies.releases());
        WantsPage wants = models.wantsPage(ListingWriterTest.read("wants/page-1.json"));
        listing.writeWantsPage(listed, wants.wants());
        assertIndexedAsTheMirror(db);
        long copy = copies.releases().get(0).id();
        long want = wants.wants().get(0).id();
        assertTrue(shelved(db).containsAll(List.of(copy, want)), "listed copies and wants are in it");

        // a shelf release's details arrive: its row is rewritten from them in both indexes
        long later = detailed.get(0);
        db.jdbi().useHandle(h -> h.execute("INSERT INTO collection_items (instance_id, release_id, folder_id)"
                + " VALUES (99, ?, 1)", later));
        assertTrue(shelved(db).contains(later), "a copy added by any writer");
        com.fasterxml.jackson.databind.node.ObjectNode renamed = (com.fasterxml.jackson.databind.node.ObjectNode)
                models.tree(Files.readString(ReleaseWriterTest.releaseFiles().get(0), StandardCharsets.UTF_8));
        renamed.put("title", "Zyzzyva " + renamed.get("title").asText());
        String json = models.write(renamed);
        releases.writeDetails(models.release(json), json);
        assertIndexedAsTheMirror(db);
        assertTrue(words(db, "shelf_search", later).stream().anyMatch(w -> w.endsWith(" title zyzzyva")),
                "the new title's words");

        // a second copy of a release keeps it in when the first goes; the last copy takes it out
        db.jdbi().useHandle(h -> h.execute("INSERT INTO collection_items (instance_id, release_id, folder_id)"
                + " VALUES (100, ?, 1)", later));
        db.jdbi().onDemand(CollectionRepository.class).remove(99);
        assertTrue(shelved(db).contains(later), "one copy left");
        db.jdbi().onDemand(CollectionRepository.class).remove(100);
        assertFalse(shelved(db).contains(later), "no copy left");
        assertIndexedAsTheMirror(db);

        // a copy listed again under another release (a listing's upsert rewrites release_id) moves with it
        long from = copies.releases().get(2).id();
        long to = detailed.get(1);
        db.jdbi().useHandle(h -> h.execute("DELETE FROM collection_items WHERE release_id = ? AND instance_id <> ?",
                from, copies.releases().get(2).instanceId()));
        db.jdbi().useHandle(h -> h.execute("DELETE FROM wants WHERE release_id IN (?, ?)", from, to));
        db.jdbi().useHandle(h -> h.execute("UPDATE collection_items SET release_id = ? WHERE instance_id = ?",
                to, copies.releases().get(2).instanceId()));
        assertFalse(shelved(db).contains(from), "the release it left");
        assertTrue(shelved(db).contains(to), "the release it came to");
        assertIndexedAsTheMirror(db);

        // the wantlist keeps a release the collection lost, and the other way round
        long both = copies.releases().get(1).id();
        db.jdbi().useHandle(h -> h.execute("INSERT INTO wants (release_id) VALUES (?) ON CONFLICT DO NOTHING", both));
        db.jdbi().useHandle(h -> h.execute("DELETE FROM collection_items WHERE release_id = ?", both));
        assertTrue(shelved(db).contains(both), "still wanted");
        db.jdbi().onDemand(WantRepository.class).remove(both);
        assertFalse(shelved(db).contains(both), "neither owned nor wanted");

        // a complete listing that no longer holds the shelves' releases sweeps them out of it too
        long run = runs.start("now", "2026-12-04T13:00:00.000Z");
        listing.applyCompleteCollectionListing(run);
        listing.applyCompleteWantsListing(run);
        assertEquals(Set.of(), shelved(db));
        assertFalse(db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM release_search")
                .mapTo(Long.class).one()) == 0, "the mirror's index keeps every release");
        db.close();
    }

    @Test
    void migration_20_fills_the_shelves_index_from_a_mirror_made_by_the_migrations_before_it() {
        Database old = Database.open(dir, Migrations.all().stream().filter(m -> m.version() < 20).toList());
        old.jdbi().useHandle(h -> {
            h.execute("INSERT INTO releases (id, title, artist_credit) VALUES (1, 'Lovers Rock', 'Janet Kay'),"
                    + " (2, 'Silly Games', 'Janet Kay'), (3, 'Catalogue Only', 'Nobody Owns')");
            h.execute("INSERT INTO tracks (release_id, seq, position, type, title) VALUES (1, 0, 'A1', 'track', 'Capricorn Woman'),"
                    + " (3, 0, 'A1', 'track', 'Capricorn Woman')");
            h.execute("INSERT INTO release_genres (release_id, position, genre) VALUES (2, 0, 'Reggae')");
            h.execute("INSERT INTO collection_items (instance_id, release_id, folder_id) VALUES (10, 1, 1), (11, 1, 1)");
            h.execute("INSERT INTO wants (release_id) VALUES (2)");
            // the mirror's index as migration 18 filled it
            Migration rebuild = Migrations.all().stream().filter(m -> m.version() == 18).findFirst().orElseThrow();
            h.createScript(rebuild.sql()).execute();
        });
        old.close();

        Database upgraded = Database.open(dir);
        assertEquals(Set.of(1L, 2L), shelved(upgraded));
        assertIndexedAsTheMirror(upgraded);
        assertTrue(words(upgraded, "shelf_search", 1).contains("1 tracks capricorn"));
        assertTrue(words(upgraded, "shelf_search", 2).contains("2 tags reggae"));
        upgraded.jdbi().useHandle(h -> h.execute("DELETE FROM wants WHERE release_id = 2"));
        assertEquals(Set.of(1L), shelved(upgraded), "the triggers follow the shelves after the upgrade");
        upgraded.close();
    }

    /** Every release on a shelf is in the shelves' index with exactly the words the mirror's index holds for it. */
    private static void assertIndexedAsTheMirror(Database db) {
        List<Long> shelves = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT release_id FROM collection_items UNION SELECT release_id FROM wants").mapTo(Long.class).list());
        Set<Long> onShelves = new TreeSet<>(shelves);
        assertFalse(onShelves.isEmpty());
        assertEquals(onShelves, shelved(db), "the shelves' releases, and no others");
        Set<String> expected = new TreeSet<>();
        for (String word : words(db, "release_search")) {
            if (onShelves.contains(Long.parseLong(word.substring(0, word.indexOf(' '))))) {
                expected.add(word);
            }
        }
        assertEquals(expected, words(db, "shelf_search"));
    }

    private static Set<Long> shelved(Database db) {
        return db.jdbi().withHandle(h -> {
            vocabulary(h, "shelf_search");
            List<Long> docs = h.createQuery("SELECT DISTINCT doc FROM temp.shelf_search_words").mapTo(Long.class).list();
            return new TreeSet<Long>(docs);
        });
    }

    /** The words an index holds, as "release column word". */
    private static Set<String> words(Database db, String index) {
        return db.jdbi().withHandle(h -> {
            vocabulary(h, index);
            List<String> words = h.createQuery("SELECT doc || ' ' || col || ' ' || term FROM temp." + index + "_words")
                    .mapTo(String.class).list();
            return new TreeSet<String>(words);
        });
    }

    /** The words an index holds for a release, as "release column word". */
    private static Set<String> words(Database db, String index, long releaseId) {
        Set<String> words = new TreeSet<>();
        for (String word : words(db, index)) {
            if (word.startsWith(releaseId + " ")) {
                words.add(word);
            }
        }
        return words;
    }

    private static void vocabulary(Handle h, String index) {
        h.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp." + index + "_words USING fts5vocab(main, " + index + ", instance)");
    }
}
