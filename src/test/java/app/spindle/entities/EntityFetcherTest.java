package app.spindle.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.DiscographySort;
import app.spindle.discogs.ListOrder;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscographyRole;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.EntityStore;
import app.spindle.mirror.EntityStore.Kind;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.query.EntityQuery;
import app.spindle.mirror.query.ListEntry;
import app.spindle.mirror.query.ListState;
import app.spindle.mirror.query.MirrorReads;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityFetcherTest {
    private static FakeDiscogs fake;
    @TempDir
    Path dir;
    private Database database;
    private Mirror mirror;
    private DiscogsClient client;
    private EntityQuery entities;
    private EntityFetcher fetcher;
    private MovableClock clock;

    @BeforeAll
    static void startFake() {
        fake = FakeDiscogs.builder().seed(7).collectionSize(200).wantlistSize(60)
                .rateLimit(6000, Duration.ofSeconds(60)).latency(Duration.ZERO).start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void open() {
        clock = new MovableClock(Instant.parse("2026-06-01T00:00:00Z"));
        database = Database.open(dir);
        mirror = new Mirror(database, clock);
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.defaults(fake.baseUrl()),
                new RateGovernor(6000, Duration.ofSeconds(60)), new DiscogsModels());
        api.useCredentials(new DiscogsCredentials.PersonalToken(fake.token()));
        client = new DiscogsClient(api);
        MirrorReads reads = new MirrorReads(database.jdbi());
        entities = new EntityQuery(reads);
        fetcher = new EntityFetcher(client, mirror.releaseWriter(),
                new EntityStore(database.jdbi(), clock), new ReleaseDetailsQuery(reads), entities, () -> true);
        mirror.listingWriter().writeCollectionPage(null, client.collectionPage(0, 1, 100, ListOrder.NEWEST_FIRST).releases());
        mirror.listingWriter().writeWantsPage(null, client.wantsPage(1, 100, ListOrder.NEWEST_FIRST).wants());
    }

    @Test
    void a_release_outside_the_collection_is_fetched_once_kept_as_browsed_and_never_counted() {
        long collection = count("SELECT count(*) FROM collection_items");
        long wants = count("SELECT count(*) FROM wants");
        long stranger = strangerRelease();
        fake.resetRequestLog();
        assertTrue(fetcher.release(stranger).isPresent());
        assertEquals(1, fake.requestCount());
        assertTrue(fetcher.release(stranger).orElseThrow().copies().isEmpty());
        assertEquals(1, fake.requestCount(), "the second visit is read from the mirror");
        assertEquals(1, count("SELECT count(*) FROM browsed_releases WHERE release_id = " + stranger));
        assertEquals(collection, count("SELECT count(*) FROM collection_items"));
        assertEquals(wants, count("SELECT count(*) FROM wants"));
        assertFalse(fetcher.release(99_999_999L).isPresent(), "an id Discogs does not know");
    }

    @Test
    void browsed_releases_nobody_opened_for_ninety_days_are_pruned_but_owned_ones_stay() {
        long stranger = strangerRelease();
        fetcher.release(stranger);
        long owned = count("SELECT release_id FROM collection_items LIMIT 1");
        fetcher.release(owned);
        EntityStore store = new EntityStore(database.jdbi(), clock);
        store.markBrowsed(owned);
        clock.advance(Duration.ofDays(89));
        assertEquals(0, store.prune());
        clock.advance(Duration.ofDays(2));
        assertEquals(1, store.prune());
        assertEquals(0, count("SELECT count(*) FROM releases WHERE id = " + stranger));
        assertEquals(0, count("SELECT count(*) FROM release_search WHERE rowid = " + stranger));
        assertEquals(1, count("SELECT count(*) FROM releases WHERE id = " + owned));
    }

    @Test
    void an_artist_and_a_page_of_their_discography_cost_one_request_each_and_nothing_the_second_time() {
        long release = count("SELECT release_id FROM collection_items WHERE release_id >= 40000000 LIMIT 1");
        long artistId = client.release(release).artists().get(0).id();
        fake.resetRequestLog();
        assertEquals(artistId, fetcher.artist(artistId).id());
        ListState state = fetcher.nextArtistPage(artistId, DiscographySort.YEAR, false);
        assertEquals(2, fake.requestCount());
        assertTrue(state.isComplete());
        fetcher.artist(artistId);
        fetcher.nextArtistPage(artistId, DiscographySort.YEAR, false);
        assertEquals(2, fake.requestCount(), "the second visit costs nothing");
        List<ListEntry> entries = entities.entries(Kind.ARTIST, artistId, EntityFetcher.artistListKey(DiscographySort.YEAR, false),
                "position", 100, 0);
        assertEquals(state.items(), entries.size());
        assertTrue(entries.stream().anyMatch(e -> e.owned() > 0), "the owned record is marked");
        assertEquals(entries.size(), count("SELECT count(*) FROM entity_list_entries WHERE owner_id = " + artistId
                + " AND role = 'Main'"), "the artist's role stored as Discogs' word");
        assertTrue(entries.stream().allMatch(e -> DiscographyRole.MAIN.equals(e.row().role())));
    }

    @Test
    void a_label_catalogue_sorts_by_catalog_number_and_marks_the_owned_releases() {
        long release = count("SELECT release_id FROM collection_items WHERE release_id >= 40000000 LIMIT 1");
        long labelId = client.release(release).labels().get(0).id();
        ListState state = fetcher.nextLabelPage(labelId);
        while (!state.isComplete()) {
            state = fetcher.nextLabelPage(labelId);
        }
        List<ListEntry> entries = entities.entries(Kind.LABEL, labelId, "", "catno", 1000, 0);
        assertEquals(state.items(), entries.size());
        for (int i = 1; i < entries.size(); i++) {
            String a = entries.get(i - 1).row().catno().toUpperCase().replaceAll("[^A-Z0-9]", "");
            String b = entries.get(i).row().catno().toUpperCase().replaceAll("[^A-Z0-9]", "");
            assertTrue(a.compareTo(b) <= 0, a + " before " + b);
        }
        assertEquals(entities.ownedOnLabel(labelId), entries.stream().filter(e -> e.owned() > 0).count());
    }

    @Test
    void a_refresh_fetches_the_document_again_and_forgets_the_stored_lists() {
        long release = count("SELECT release_id FROM collection_items WHERE release_id >= 40000000 LIMIT 1");
        long labelId = client.release(release).labels().get(0).id();
        fetcher.label(labelId);
        fetcher.nextLabelPage(labelId);
        fetcher.refresh(Kind.LABEL, labelId);
        assertTrue(entities.listState(Kind.LABEL, labelId, "").isEmpty());
        assertTrue(entities.label(labelId).orElseThrow().hasDocument());
    }

    private long strangerRelease() {
        return fake.releaseIds().stream()
                .filter(id -> !fake.account().collectionReleaseIds().contains(id) && !fake.account().wantReleaseIds().contains(id))
                .filter(id -> count("SELECT count(*) FROM releases WHERE id = " + id) == 0)
                .findFirst().orElseThrow();
    }

    private long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
