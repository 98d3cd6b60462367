package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.model.CollectionPage;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsField;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.FieldType;
import app.spindle.discogs.model.WantsPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingWriterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private final DiscogsModels models = new DiscogsModels();

    @TempDir
    Path dir;
    Database db;
    ReleaseWriter releases;
    ListingWriter listing;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        releases = new ReleaseWriter(db.jdbi(), CLOCK);
        listing = new ListingWriter(db.jdbi(), releases, CLOCK);
    }

    @Test
    void a_want_added_by_the_user_while_a_listing_runs_survives_that_listings_sweep() {
        WantsPage page = models.wantsPage(read("wants/page-1.json"));
        long run = db.jdbi().onDemand(SyncRunRepository.class).start("now", "2026-11-25T12:00:00.000Z");
        listing.writeWantsPage(run, page.wants().subList(0, 50));
        // the user adds a want whose page the listing has already passed
        listing.writeWantsPage(null, page.wants().subList(99, 100));
        listing.writeWantsPage(run, page.wants().subList(50, 99));

        assertEquals(0, listing.applyCompleteWantsListing(run));
        assertEquals(100, db.jdbi().onDemand(WantRepository.class).count());
    }

    @Test
    void a_listed_page_is_browsable_and_searchable_before_any_details_are_fetched() {
        CollectionPage page = models.collectionPage(read("collection/folder-0-page-1.json"));
        assertEquals(100, listing.writeCollectionPage(1L, page.releases()));
        CollectionRepository collection = db.jdbi().onDemand(CollectionRepository.class);
        assertEquals(100, collection.count());
        CollectionItemRow first = collection.item(130899776L).orElseThrow();
        assertEquals(2749755L, first.releaseId());
        assertEquals("bridget hayden", first.keys().sortArtist());
        assertEquals("12\"", first.keys().formatSize());
        assertEquals("2015-05-28T00:42:11.000Z", first.addedAt());
        ReleaseRow release = db.jdbi().onDemand(StoredRelease.class).release(2749755L).orElseThrow();
        assertEquals("A Siren Blares In An Indifferent Ocean", release.title());
        assertFalse(release.hasDetails());
        assertTrue(new SearchIndex(db.jdbi()).search("siren blares k066", 5).contains(2749755L));
        assertEquals(100, db.jdbi().onDemand(ReleaseRepository.class).missingDetails(1000).size()
                + duplicateReleases(page.releases()));
    }

    @Test
    void writing_the_same_page_again_adds_nothing() {
        CollectionPage page = models.collectionPage(read("collection/folder-0-page-1.json"));
        listing.writeCollectionPage(1L, page.releases());
        assertEquals(0, listing.writeCollectionPage(2L, page.releases()));
        assertEquals(100, db.jdbi().onDemand(CollectionRepository.class).count());
    }

    @Test
    void media_and_sleeve_condition_come_from_the_custom_fields() {
        db.jdbi().onDemand(FolderRepository.class).replaceFields(models.fields(read("collection/fields-2022.json")));
        CollectionPage page = models.collectionPage(read("collection/folder-items-2022.json"));
        listing.writeCollectionPage(1L, page.releases());
        CollectionItemRow item = db.jdbi().onDemand(CollectionRepository.class).item(519662456L).orElseThrow();
        assertEquals("Very Good Plus (VG+)", item.mediaCondition());
        assertEquals("Generic", item.sleeveCondition());
        assertEquals("12\"", item.keys().formatSize());
        assertEquals("Generic", db.jdbi().onDemand(CollectionRepository.class).fieldValues(519662456L).get(2));
    }

    @Test
    void custom_fields_are_stored_with_their_type_and_a_type_discogs_adds_later_is_kept_as_free_text() {
        List<DiscogsField> fields = new ArrayList<>(models.fields(read("collection/fields-2022.json")));
        fields.add(new DiscogsField(4, "Signed", FieldType.of("checkbox"), 4, false, List.of(), null));
        FolderRepository folders = db.jdbi().onDemand(FolderRepository.class);
        folders.replaceFields(fields);
        List<FieldRow> stored = folders.fields();
        assertEquals(List.of(FieldType.DROPDOWN, FieldType.DROPDOWN, FieldType.TEXTAREA, FieldType.of("checkbox")),
                stored.stream().map(FieldRow::type).toList());
        assertEquals(List.of(true, true, false, false), stored.stream().map(FieldRow::isDropdown).toList());
    }

    @Test
    void only_a_complete_listing_removes_what_discogs_no_longer_lists() {
        List<DiscogsCollectionItem> items = models.collectionPage(read("collection/folder-0-page-1.json")).releases();
        listing.writeCollectionPage(1L, items);
        listing.writeCollectionPage(2L, items.subList(0, 60));
        CollectionRepository collection = db.jdbi().onDemand(CollectionRepository.class);
        assertEquals(100, collection.count(), "a partial pass deletes nothing by itself");
        assertEquals(40, listing.applyCompleteCollectionListing(2L));
        assertEquals(60, collection.count());
    }

    @Test
    void fetched_details_are_not_overwritten_by_a_later_listing() {
        DiscogsRelease details = models.release(read("releases/249504.json"));
        releases.writeDetails(details, null);
        String listed = read("collection/folder-0-page-1.json").replace("\"id\": 2749755", "\"id\": 249504")
                .replace("A Siren Blares In An Indifferent Ocean", "Some Other Title");
        listing.writeCollectionPage(1L, models.collectionPage(listed).releases());
        ReleaseRows rows = db.jdbi().withExtension(StoredRelease.class, r -> r.rows(249504L)).orElseThrow();
        assertEquals(details, ReleaseFromRows.of(rows));
    }

    @Test
    void wants_are_written_with_their_notes_and_swept_after_a_complete_listing() {
        WantsPage page = models.wantsPage(read("wants/page-1.json"));
        assertEquals(100, listing.writeWantsPage(1L, page.wants()));
        WantRepository wants = db.jdbi().onDemand(WantRepository.class);
        WantRow first = wants.want(9997880L).orElseThrow();
        assertEquals(2005, first.keys().year());
        assertNull(first.keys().formatSize());
        listing.writeWantsPage(2L, page.wants().subList(0, 10));
        assertEquals(90, listing.applyCompleteWantsListing(2L));
        assertEquals(10, wants.count());
    }

    private static int duplicateReleases(List<DiscogsCollectionItem> items) {
        return items.size() - (int) items.stream().map(DiscogsCollectionItem::id).distinct().count();
    }

    static String read(String name) {
        try (InputStream in = ListingWriterTest.class.getResourceAsStream("/discogs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
