package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.model.DiscogsModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;

    @Test
    void what_the_writer_indexes_for_a_release_is_what_the_newest_migrations_full_rebuild_indexes() throws Exception {
        Database db = Database.open(dir);
        ReleaseWriter writer = new ReleaseWriter(db.jdbi(), Clock.systemUTC());
        DiscogsModels models = new DiscogsModels();
        for (Path file : ReleaseWriterTest.releaseFiles()) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            writer.writeDetails(models.release(json), json);
        }
        Set<String> written = db.jdbi().withHandle(SearchIndexTest::everyIndexedWord);

        Migration rebuild = Migrations.all().stream().filter(m -> m.sql().contains("DROP TABLE release_search"))
                .reduce((older, newer) -> newer).orElseThrow();
        db.jdbi().useHandle(h -> h.createScript(rebuild.sql()).execute());
        Set<String> rebuilt = db.jdbi().withHandle(SearchIndexTest::everyIndexedWord);

        assertEquals(Set.of(), without(written, rebuilt), "words the writer indexes and the rebuild does not");
        assertEquals(Set.of(), without(rebuilt, written), "words the rebuild indexes and the writer does not");
        for (String column : List.of("artists", "title", "labels", "catnos", "tracks", "identifiers", "tags")) {
            assertTrue(rebuilt.stream().anyMatch(w -> w.contains(" " + column + " ")), "words in " + column);
        }
        assertTrue(rebuilt.stream().anyMatch(w -> w.equals("249504 identifiers utopia")), "the matrix etching of the Rick Astley single");
        db.close();
    }

    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }

    /** Every word the index holds, as "release column word": FTS5 keeps no text (and, since 018, no positions), only these. */
    private static Set<String> everyIndexedWord(Handle h) {
        h.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, release_search, instance)");
        return new TreeSet<>(h.createQuery("SELECT doc || ' ' || col || ' ' || term FROM temp.search_words")
                .mapTo(String.class).list());
    }
}
