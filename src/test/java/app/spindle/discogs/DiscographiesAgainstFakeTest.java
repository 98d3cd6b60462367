package app.spindle.discogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.model.ArtistReleasesPage;
import app.spindle.discogs.model.DiscogsArtist;
import app.spindle.discogs.model.DiscographyRole;
import app.spindle.discogs.model.DiscogsArtistRelease;
import app.spindle.discogs.model.DiscogsLabel;
import app.spindle.discogs.model.DiscogsType;
import app.spindle.discogs.model.DiscogsLabelRelease;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.LabelReleasesPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscographiesAgainstFakeTest {
    private static FakeDiscogs fake;
    private static DiscogsClient client;

    @BeforeAll
    static void start() {
        fake = FakeDiscogs.builder().seed(33).collectionSize(300).wantlistSize(100)
                .rateLimit(1000, Duration.ofSeconds(1)).start();
        client = new DiscogsClient(FakeDiscogsFixture.api(fake, new RateGovernor(1000, Duration.ofSeconds(1))));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void an_artists_discography_lists_each_master_once_with_its_main_release_and_role() {
        DiscogsRelease owned = client.release(ownedGeneratedRelease());
        long artistId = owned.artists().get(0).id();
        List<DiscogsArtistRelease> all = allOf(artistId, DiscographySort.YEAR, false);
        assertFalse(all.isEmpty());
        assertTrue(all.stream().map(DiscogsArtistRelease::entry)
                .allMatch(e -> DiscographyRole.MAIN.equals(e.role()) && e.year() != null && e.title() != null));
        DiscogsType expected = owned.hasMaster() ? DiscogsType.MASTER : DiscogsType.RELEASE;
        long expectedId = owned.hasMaster() ? owned.masterId() : owned.id();
        DiscogsArtistRelease entry = all.stream().filter(e -> e.entry().entryType() == expected && e.entry().entryId() == expectedId)
                .findFirst().orElseThrow();
        if (entry.entry().isMaster()) {
            assertNotNull(entry.entry().mainReleaseId());
            assertEquals(entry.entry().entryId(), client.release(entry.entry().mainReleaseId()).masterId());
        } else {
            assertTrue(entry.stats().user().inCollection() >= 1, "the owned release is marked");
        }
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).entry().year() <= all.get(i).entry().year(), "sorted by year");
        }
    }

    @Test
    void the_discography_sorts_by_title_descending_and_pages_like_every_discogs_list() {
        long artistId = busiestArtist();
        List<DiscogsArtistRelease> byTitle = allOf(artistId, DiscographySort.TITLE, true);
        for (int i = 1; i < byTitle.size(); i++) {
            assertTrue(byTitle.get(i - 1).entry().title().compareToIgnoreCase(byTitle.get(i).entry().title()) >= 0);
        }
        ArtistReleasesPage first = client.artistReleases(artistId, DiscographySort.YEAR, false, 1, 2);
        assertEquals(byTitle.size(), first.pagination().items());
        assertTrue(first.pagination().urls().containsKey("next"));
        assertThrows(DiscogsException.NotFound.class,
                () -> client.artistReleases(artistId, DiscographySort.YEAR, false, first.pagination().pages() + 1, 2));
        assertThrows(DiscogsException.NotFound.class, () -> client.artistReleases(19_999_999L, DiscographySort.YEAR, false, 1, 50));
    }

    @Test
    void a_labels_catalogue_lists_every_release_with_its_catalog_number_and_marks_what_the_user_owns() {
        long releaseId = ownedGeneratedRelease();
        long labelId = client.release(releaseId).labels().get(0).id();
        List<DiscogsLabelRelease> all = new ArrayList<>();
        LabelReleasesPage page;
        int n = 1;
        do {
            page = client.labelReleases(labelId, n++, 3);
            all.addAll(page.releases());
        } while (!page.pagination().isLastPage());
        assertEquals(page.pagination().items(), all.size());
        Set<Long> ids = new HashSet<>();
        all.forEach(r -> assertTrue(ids.add(r.entry().entryId()), "each release once"));
        DiscogsLabelRelease mine = all.stream().filter(r -> r.entry().entryId() == releaseId).findFirst().orElseThrow();
        assertFalse(mine.entry().catno().isBlank());
        assertFalse(mine.entry().isMaster(), "a catalogue entry without a type is a release");
        assertTrue(mine.stats().user().inCollection() >= 1);
    }

    @Test
    void artists_and_labels_know_their_aliases_members_groups_and_sublabels_both_ways() {
        DiscogsArtist group = client.artist(20_000_007L);
        assertEquals(2, group.members().size());
        DiscogsArtist member = client.artist(group.members().get(0).id());
        assertEquals(group.id(), member.groups().get(0).id());
        DiscogsArtist alias = client.artist(20_000_011L);
        assertEquals(20_000_012L, alias.aliases().get(0).id());
        assertEquals(20_000_011L, client.artist(20_000_012L).aliases().get(0).id());
        DiscogsLabel parent = client.label(10_000_000L);
        assertEquals(10_000_001L, parent.sublabels().get(0).id());
        assertEquals(10_000_000L, client.label(10_000_001L).parentLabel().id());
    }

    private static List<DiscogsArtistRelease> allOf(long artistId, DiscographySort sort, boolean descending) {
        List<DiscogsArtistRelease> all = new ArrayList<>();
        ArtistReleasesPage page;
        int n = 1;
        do {
            page = client.artistReleases(artistId, sort, descending, n++, 100);
            all.addAll(page.releases());
        } while (!page.pagination().isLastPage());
        return all;
    }

    private static long ownedGeneratedRelease() {
        return fake.account().collectionReleaseIds().stream().filter(id -> id >= 40_000_000L).findFirst().orElseThrow();
    }

    private static long busiestArtist() {
        long best = 0;
        int most = -1;
        for (long id = 20_000_000L; id < 20_000_025L; id++) {
            int items = client.artistReleases(id, DiscographySort.YEAR, false, 1, 1).pagination().items();
            if (items > most) {
                most = items;
                best = id;
            }
        }
        return best;
    }
}
