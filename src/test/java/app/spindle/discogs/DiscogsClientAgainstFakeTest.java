package app.spindle.discogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.discogs.model.DiscogsWant;
import app.spindle.discogs.model.DiscogsRelease;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscogsClientAgainstFakeTest {
    private FakeDiscogs fake;
    private DiscogsClient client;

    @BeforeEach
    void start() {
        fake = FakeDiscogs.builder().seed(21).collectionSize(130).wantlistSize(120).folders(3)
                .rateLimit(500, Duration.ofSeconds(1)).start();
        client = new DiscogsClient(FakeDiscogsFixture.api(fake, new RateGovernor(500, Duration.ofSeconds(1))));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void every_folder_and_the_wantlist_list_all_their_releases_across_pages() {
        List<DiscogsFolder> folders = client.folders();
        assertTrue(folders.stream().filter(f -> f.id() != DiscogsFolder.ALL).count() >= 4);
        for (DiscogsFolder folder : folders) {
            List<DiscogsCollectionItem> items = new ArrayList<>();
            client.collectionPages(folder.id(), ListOrder.NEWEST_FIRST).forEachRemaining(page -> items.addAll(page.releases()));
            assertEquals(folder.count(), items.size(), folder.name());
        }
        int wanted = client.wantsPage(1, 1, ListOrder.NEWEST_FIRST).pagination().items();
        List<DiscogsWant> wants = new ArrayList<>();
        client.wantsPages(ListOrder.NEWEST_FIRST).forEachRemaining(page -> wants.addAll(page.wants()));
        assertTrue(wanted > 0);
        assertEquals(wanted, wants.size());
    }

    @Test
    void wants_and_copies_are_added_moved_rated_and_removed() {
        long release = fake.releaseIds().stream().filter(id -> !fake.account().wantReleaseIds().contains(id))
                .findFirst().orElseThrow();
        assertEquals(release, client.addWant(release).id());
        assertTrue(fake.account().wantReleaseIds().contains(release));
        client.removeWant(release);
        assertFalse(fake.account().wantReleaseIds().contains(release));

        DiscogsCollectionItem copy = client.addToCollection(release, 1);
        assertTrue(copy.instanceId() > 0);
        long folder = client.folders().stream().filter(f -> f.id() > 1).findFirst().orElseThrow().id();
        client.moveInstance(1, release, copy.instanceId(), folder);
        client.rateInstance(folder, release, copy.instanceId(), 4);
        DiscogsCollectionItem moved = client.instancesOf(release).stream()
                .filter(i -> i.instanceId() == copy.instanceId()).findFirst().orElseThrow();
        assertEquals(folder, moved.folderId());
        assertEquals(4, moved.rating());
        client.removeInstance(folder, release, copy.instanceId());
        assertTrue(client.instancesOf(release).stream().noneMatch(i -> i.instanceId() == copy.instanceId()));
        assertThrows(IllegalArgumentException.class, () -> client.addToCollection(release, 0));
    }

    @Test
    void database_documents_and_search_are_typed() {
        DiscogsRelease release = client.release(249504);
        assertEquals(6, release.identifiers().stream().filter(i -> i.type().equals("Matrix / Runout")).count());
        if (release.hasMaster()) {
            assertNotNull(client.master(release.masterId()).title());
            assertFalse(client.masterVersions(release.masterId(), VersionFilter.NONE, 1, 100).versions().isEmpty());
        }
        assertEquals(23755, client.artist(23755).id());
        assertEquals(1, client.label(1).id());
        assertNotNull(client.marketplaceStats(249504));
        assertNotNull(client.profile().username());
        assertFalse(client.fields().isEmpty());
        var results = client.search(SearchQuery.text(release.title()).type("release"), 1, 10);
        assertTrue(results.results().stream().anyMatch(r -> r.id() == 249504), results.toString());
        assertThrows(DiscogsException.NotFound.class, () -> client.release(987654321987L));
    }
}
