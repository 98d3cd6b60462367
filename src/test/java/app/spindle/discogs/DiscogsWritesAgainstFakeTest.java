package app.spindle.discogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.CollectionField;
import app.spindle.discogs.fake.CollectionInstance;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.Fault;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsField;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.discogs.model.DiscogsWant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every write Spindle makes, through the typed client, against the fake's rules. */
class DiscogsWritesAgainstFakeTest {
    private FakeDiscogs fake;
    private DiscogsClient client;

    @BeforeEach
    void start() {
        fake = FakeDiscogs.builder().seed(5).collectionSize(30).wantlistSize(10).folders(2)
                .rateLimit(1000, Duration.ofSeconds(1)).start();
        client = new DiscogsClient(FakeDiscogsFixture.api(fake, new RateGovernor(1000, Duration.ofSeconds(1))));
        client.username(); // asked once; scripted faults below then hit the write itself
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void the_fields_list_holds_the_default_three_and_the_owners_custom_ones() {
        int shelf = fake.account().addField(CollectionField.dropdown("Shelf", List.of("Top", "Bottom")));
        List<DiscogsField> fields = client.fields();
        assertEquals(List.of("Media Condition", "Sleeve Condition", "Notes", "Shelf"),
                fields.stream().map(DiscogsField::name).toList());
        assertEquals(List.of("Top", "Bottom"), fields.get(3).options());
        assertEquals(4, shelf);
    }

    @Test
    void a_copys_conditions_notes_and_custom_fields_are_set_and_cleared() {
        int shelf = fake.account().addField(CollectionField.textarea("Where", 1));
        CollectionInstance copy = fake.account().copies().get(3);
        client.setInstanceField(copy.folderId(), copy.releaseId(), copy.instanceId(), 1, "Near Mint (NM or M-)");
        client.setInstanceField(copy.folderId(), copy.releaseId(), copy.instanceId(), 2, "Generic");
        client.setInstanceField(copy.folderId(), copy.releaseId(), copy.instanceId(), 3, "signed");
        client.setInstanceField(copy.folderId(), copy.releaseId(), copy.instanceId(), shelf, "box 4");
        DiscogsCollectionItem item = client.instancesOf(copy.releaseId()).stream()
                .filter(i -> i.instanceId() == copy.instanceId()).findFirst().orElseThrow();
        assertEquals(List.of("Near Mint (NM or M-)", "Generic", "signed", "box 4"),
                item.notes().stream().map(n -> n.value()).toList());

        client.setInstanceField(copy.folderId(), copy.releaseId(), copy.instanceId(), 3, "");
        assertNull(copyNow(copy.instanceId()).field(3));
        assertThrows(DiscogsException.Rejected.class, () ->
                client.setInstanceField(copy.folderId(), copy.releaseId(), copy.instanceId(), 1, "Like new"));
        assertThrows(DiscogsException.NotFound.class, () ->
                client.setInstanceField(copy.folderId(), copy.releaseId(), copy.instanceId(), 99, "x"));
    }

    @Test
    void folders_are_created_renamed_and_deleted_only_when_empty_and_never_0_or_1() {
        DiscogsFolder created = client.createFolder("Sevens");
        assertEquals("Sevens", created.name());
        assertEquals(0, created.count());
        assertEquals("7\" singles", client.renameFolder(created.id(), "7\" singles").name());

        CollectionInstance copy = fake.account().copies().get(0);
        client.moveInstance(copy.folderId(), copy.releaseId(), copy.instanceId(), created.id());
        assertEquals(1, client.folders().stream().filter(f -> f.id() == created.id()).findFirst().orElseThrow().count());
        DiscogsException.Rejected notEmpty = assertThrows(DiscogsException.Rejected.class,
                () -> client.deleteFolder(created.id()));
        assertTrue(notEmpty.getMessage().contains("must be empty"), notEmpty.getMessage());

        client.moveInstance(created.id(), copy.releaseId(), copy.instanceId(), DiscogsFolder.UNCATEGORIZED);
        client.deleteFolder(created.id());
        assertTrue(client.folders().stream().noneMatch(f -> f.id() == created.id()));
        assertThrows(DiscogsException.NotFound.class, () -> client.deleteFolder(created.id()));
        assertThrows(DiscogsException.Rejected.class, () -> client.deleteFolder(DiscogsFolder.UNCATEGORIZED));
        assertThrows(DiscogsException.Rejected.class, () -> client.renameFolder(DiscogsFolder.ALL, "Everything"));
    }

    @Test
    void a_wants_notes_and_rating_are_edited_on_the_want() {
        long release = fake.account().wantReleaseIds().iterator().next();
        DiscogsWant edited = client.editWant(release, "only the UK press", 4);
        assertEquals("only the UK press", edited.notes());
        assertEquals(4, edited.rating());
        assertEquals("only the UK press", fake.account().wantNotes(release));
        long notWanted = fake.releaseIds().stream().filter(id -> !fake.account().wantReleaseIds().contains(id))
                .findFirst().orElseThrow();
        assertThrows(DiscogsException.NotFound.class, () -> client.editWant(notWanted, "x", 1));
    }

    @Test
    void an_answer_lost_after_the_effect_fails_the_call_although_the_copy_was_added() {
        long release = fake.releaseIds().get(fake.releaseIds().size() - 1);
        int before = fake.account().copiesOf(release);
        fake.faults().script(Fault.APPLIED_THEN_DROPPED);
        assertThrows(DiscogsException.Unavailable.class, () -> client.addToCollection(release, DiscogsFolder.UNCATEGORIZED));
        assertEquals(before + 1, fake.account().copiesOf(release));
    }

    @Test
    void a_server_error_before_the_effect_changes_nothing() {
        CollectionInstance copy = fake.account().copies().get(1);
        fake.faults().script(Fault.SERVER_ERROR);
        assertThrows(DiscogsException.Unavailable.class,
                () -> client.rateInstance(copy.folderId(), copy.releaseId(), copy.instanceId(), copy.rating() == 5 ? 1 : 5));
        assertEquals(copy.rating(), copyNow(copy.instanceId()).rating());
    }

    @Test
    void a_revoked_token_is_refused_until_access_is_restored_and_a_down_fake_answers_nothing() {
        fake.revokeAccess();
        long release = fake.account().wantReleaseIds().iterator().next();
        assertThrows(DiscogsException.Unauthorized.class, () -> client.editWant(release, "", 0));
        fake.restoreAccess();
        client.editWant(release, "", 0);
        fake.faults().setDown(true);
        assertThrows(DiscogsException.Unavailable.class, () -> client.removeWant(release));
        fake.faults().setDown(false);
        client.removeWant(release);
        assertTrue(!fake.account().wantReleaseIds().contains(release));
    }

    private CollectionInstance copyNow(long instanceId) {
        return fake.account().copies().stream().filter(c -> c.instanceId() == instanceId).findFirst().orElseThrow();
    }
}
