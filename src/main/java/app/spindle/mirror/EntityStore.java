package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsListEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes what Spindle fetched for browsing: artist, label and master documents (kept compressed, as their
 * model's JSON), pages of their Discogs lists, and which releases were browsed; prunes what nobody looked at.
 */
public final class EntityStore {
    /** How long a browsed release and a fetched list are kept after they were last looked at or fetched. */
    public static final Duration KEPT_FOR = Duration.ofDays(90);

    public enum Kind {
        ARTIST("artist"), LABEL("label"), MASTER("master");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public EntityStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void storeArtist(long id, String name, String profile, String json) {
        storeNamed("artists", id, name, profile, json);
    }

    public void storeLabel(long id, String name, String profile, String json) {
        storeNamed("labels", id, name, profile, json);
    }

    private void storeNamed(String table, long id, String name, String profile, String json) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO " + table + " (id, name, profile, gzip, fetched_at, dump_date)"
                        + " VALUES (:id, :name, :profile, :gzip, :at, NULL)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, profile = excluded.profile,"
                        + " gzip = excluded.gzip, fetched_at = excluded.fetched_at, dump_date = NULL")
                .bind("id", id).bind("name", name == null ? "" : name).bind("profile", profile)
                .bind("gzip", CompressedJson.pack(json)).bind("at", now()).execute());
    }

    public void storeMaster(long id, String title, String artistCredit, Integer year, long mainReleaseId, String json) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO masters (id, title, artist_credit, year, main_release_id, gzip, fetched_at)
                        VALUES (:id, :title, :artist, :year, :main, :gzip, :at)
                        ON CONFLICT (id) DO UPDATE SET title = excluded.title, artist_credit = excluded.artist_credit,
                            year = excluded.year, main_release_id = excluded.main_release_id, gzip = excluded.gzip,
                            fetched_at = excluded.fetched_at""")
                .bind("id", id).bind("title", title).bind("artist", artistCredit).bind("year", year)
                .bind("main", mainReleaseId).bind("gzip", CompressedJson.pack(json)).bind("at", now()).execute());
    }

    /** Replaces one page of a list, with its entries, in one transaction. */
    public void storeListPage(Kind kind, long ownerId, String listKey, int page, int pages, int items,
                              List<DiscogsListEntry> entries) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM entity_list_pages WHERE owner_kind = :kind AND owner_id = :id AND list_key = :key AND page = :page")
                    .bind("kind", kind.word()).bind("id", ownerId).bind("key", listKey).bind("page", page).execute();
            h.createUpdate("""
                            INSERT INTO entity_list_pages (owner_kind, owner_id, list_key, page, pages, items, fetched_at)
                            VALUES (:kind, :id, :key, :page, :pages, :items, :at)""")
                    .bind("kind", kind.word()).bind("id", ownerId).bind("key", listKey).bind("page", page)
                    .bind("pages", pages).bind("items", items).bind("at", now()).execute();
            var batch = h.prepareBatch("""
                    INSERT INTO entity_list_entries (owner_kind, owner_id, list_key, page, position, entry_type, entry_id,
                        main_release_id, title, artist, role, year, format, label, catno, catno_key, country, thumb)
                    VALUES (:kind, :id, :key, :page, :position, :entryType, :entryId, :mainReleaseId, :title, :artist,
                        :role, :year, :format, :label, :catno, :catnoKey, :country, :thumb)""");
            for (int i = 0; i < entries.size(); i++) {
                DiscogsListEntry e = entries.get(i);
                batch.bind("kind", kind.word()).bind("id", ownerId).bind("key", listKey).bind("page", page)
                        .bind("position", i).bindMethods(e).bind("entryType", e.entryType().word())
                        .bind("role", e.role() == null ? null : e.role().word())
                        .bind("catnoKey", e.catno() == null ? null : e.catno().toUpperCase().replaceAll("[^A-Z0-9]", ""))
                        .add();
            }
            if (!entries.isEmpty()) {
                batch.execute();
            }
        });
    }

    /** Forgets every stored page of the owner's lists, so the next look fetches them again. */
    public void forgetLists(Kind kind, long ownerId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM entity_list_pages WHERE owner_kind = :kind AND owner_id = :id")
                .bind("kind", kind.word()).bind("id", ownerId).execute());
    }

    /** Notes that a release was opened although it may be in neither the collection nor the wantlist. */
    public void markBrowsed(long releaseId) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO browsed_releases (release_id, first_browsed_at, last_browsed_at) VALUES (:id, :at, :at)
                        ON CONFLICT (release_id) DO UPDATE SET last_browsed_at = excluded.last_browsed_at""")
                .bind("id", releaseId).bind("at", now()).execute());
    }

    /**
     * Deletes browsed releases not looked at for {@link #KEPT_FOR} that are in neither the collection nor the
     * wantlist (and their search entries), and list pages fetched longer ago than that.
     *
     * @return the number of releases deleted
     */
    public int prune() {
        String before = Timestamps.format(clock.instant().minus(KEPT_FOR));
        return jdbi.inTransaction(h -> {
            List<Long> old = h.createQuery("""
                            SELECT b.release_id FROM browsed_releases b
                            WHERE b.last_browsed_at < :before
                              AND NOT EXISTS (SELECT 1 FROM collection_items i WHERE i.release_id = b.release_id)
                              AND NOT EXISTS (SELECT 1 FROM wants w WHERE w.release_id = b.release_id)""")
                    .bind("before", before).mapTo(Long.class).list();
            for (long id : old) {
                deleteRelease(h, id);
            }
            h.createUpdate("DELETE FROM entity_list_pages WHERE fetched_at < :before").bind("before", before).execute();
            return old.size();
        });
    }

    private static void deleteRelease(Handle h, long id) {
        h.createUpdate("DELETE FROM release_search WHERE rowid = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM track_artists WHERE release_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM releases WHERE id = :id").bind("id", id).execute();
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
