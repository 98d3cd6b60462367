package app.spindle.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.CollectionInstance;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.Fault;
import app.spindle.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionQueueTest {
    private static final Duration SETTLE = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    private FakeDiscogs fake;
    private ActionsFixture f;

    @BeforeEach
    void start() {
        fake = ActionsFixture.fake();
        f = new ActionsFixture(fake, dir).synced();
    }

    @AfterEach
    void stop() {
        f.close();
        fake.close();
    }

    @Test
    void each_kind_of_edit_reaches_discogs_and_the_mirror() {
        f.sending();
        CollectionInstance copy = fake.account().copies().get(2);
        long want = fake.account().wantReleaseIds().iterator().next();
        long newWant = fake.account().collectionReleaseIds().iterator().next();
        int userFolder = fake.account().folderList().get(2).id();

        done(f.edits.rateCopy(copy.instanceId(), 4));
        done(f.edits.setField(copy.instanceId(), 1, "Very Good (VG)"));
        done(f.edits.setField(copy.instanceId(), 3, "first press"));
        done(f.edits.moveCopy(copy.instanceId(), userFolder));
        done(f.edits.editWant(want, "needs the insert", 3));
        done(f.edits.addWant(newWant, "", 2));
        Action created = done(f.edits.createFolder("Sevens"));
        done(f.edits.renameFolder(created.resultId(), "7\" singles"));
        Action added = done(f.edits.addCopy(newWant, created.resultId()));

        CollectionInstance atDiscogs = copyAtFake(copy.instanceId());
        assertEquals(4, atDiscogs.rating());
        assertEquals(userFolder, atDiscogs.folderId());
        assertEquals("Very Good (VG)", atDiscogs.field(1));
        assertEquals("first press", atDiscogs.field(3));
        assertEquals("needs the insert", fake.account().wantNotes(want));
        assertTrue(fake.account().wantReleaseIds().contains(newWant));
        assertEquals("7\" singles", fake.account().folderList().stream()
                .filter(x -> x.id() == created.resultId()).findFirst().orElseThrow().name());
        assertEquals(created.resultId().intValue(), copyAtFake(added.resultId()).folderId());

        assertEquals(4, f.count("SELECT rating FROM collection_items WHERE instance_id = ?", copy.instanceId()));
        assertEquals(userFolder, f.count("SELECT folder_id FROM collection_items WHERE instance_id = ?", copy.instanceId()));
        assertEquals("Very Good (VG)", f.text("SELECT media_condition FROM collection_items WHERE instance_id = ?", copy.instanceId()));
        assertEquals("first press", f.text("SELECT value FROM collection_item_fields WHERE instance_id = ? AND field_id = 3",
                copy.instanceId()));
        assertEquals(1, f.count("SELECT count(*) FROM collection_items WHERE instance_id = ?", added.resultId()));
        assertEquals("7\" singles", f.text("SELECT name FROM collection_folders WHERE id = ?", created.resultId()));

        done(f.edits.removeCopy(added.resultId()));
        done(f.edits.deleteFolder(created.resultId()));
        done(f.edits.removeWant(want));
        assertNull(copyOrNull(added.resultId()));
        assertTrue(fake.account().folderList().stream().noneMatch(x -> x.id() == created.resultId()));
        assertTrue(!fake.account().wantReleaseIds().contains(want));
        assertEquals(0, f.count("SELECT count(*) FROM collection_folders WHERE id = ?", created.resultId()));
    }

    @Test
    void while_discogs_is_down_edits_wait_in_order_show_at_once_and_survive_a_sync() {
        CollectionInstance copy = fake.account().copies().get(4);
        fake.faults().setDown(true);
        f.sending();
        Action rate = f.edits.rateCopy(copy.instanceId(), 5);
        Action note = f.edits.setField(copy.instanceId(), 3, "kept");
        Action waiting = f.queue.awaitOutcome(rate.id(), SETTLE);
        assertTrue(waiting.isPending());
        assertTrue(waiting.error().contains("cannot be reached"), waiting.error());
        assertEquals(5, f.count("SELECT rating FROM collection_items WHERE instance_id = ?", copy.instanceId()));

        // Discogs answers reads again but fails every write with a 500, before any effect.
        fake.faults().writesOnly(true).enable(Fault.SERVER_ERROR).setRate(1.0);
        fake.faults().setDown(false);
        fake.account().addToCollection(fake.releaseIds().get(0), 1); // so the sync's probe sees a change and lists
        assertTrue(f.sync.runListing("test").succeeded());
        assertEquals(1, f.count("SELECT count(*) FROM collection_items WHERE instance_id = ?",
                fake.account().instanceIds().get(fake.account().instanceCount() - 1)), "the listing ran");
        assertEquals(copy.rating() == 5 ? 5 : copy.rating(), copyAtFake(copy.instanceId()).rating(), "not yet at Discogs");
        // The listing carried Discogs' old rating and note; the pending edits stay on top of them.
        assertEquals(5, f.count("SELECT rating FROM collection_items WHERE instance_id = ?", copy.instanceId()));
        assertEquals("kept", f.text("SELECT value FROM collection_item_fields WHERE instance_id = ? AND field_id = 3",
                copy.instanceId()));

        fake.faults().clear();
        f.queue.signalWork();
        done(rate);
        done(note);
        assertEquals(5, copyAtFake(copy.instanceId()).rating());
        assertEquals("kept", copyAtFake(copy.instanceId()).field(3));
        assertTrue(f.queue.find(rate.id()).orElseThrow().finishedAt()
                .compareTo(f.queue.find(note.id()).orElseThrow().finishedAt()) <= 0, "sent in order");
    }

    @Test
    void a_lost_answer_never_makes_a_second_copy_or_folder_and_never_loses_an_edit() {
        f.sending();
        CollectionInstance copy = fake.account().copies().get(5);
        long release = fake.releaseIds().get(fake.releaseIds().size() - 2);
        long want = fake.account().wantReleaseIds().iterator().next();
        int copiesBefore = fake.account().copiesOf(release);
        int foldersBefore = fake.account().folderList().size();

        // Each write's first request takes effect and loses its answer; the queue sends again or checks first.
        List<Supplier<Action>> writes = List.of(
                () -> f.edits.addCopy(release, 1),
                () -> f.edits.createFolder("Lost answers"),
                () -> f.edits.rateCopy(copy.instanceId(), 2),
                () -> f.edits.setField(copy.instanceId(), 2, "Generic"),
                () -> f.edits.editWant(want, "after a lost answer", 1),
                () -> f.edits.moveCopy(copy.instanceId(), 1),
                () -> f.edits.addWant(release, "also wanted", 3),
                () -> f.edits.removeWant(want),
                () -> f.edits.removeCopy(copy.instanceId()));
        fake.faults().writesOnly(true);
        for (Supplier<Action> write : writes) {
            fake.faults().script(Fault.APPLIED_THEN_DROPPED);
            done(write.get());
        }
        Action created = f.database.jdbi().onDemand(ActionStore.class).recent(50).stream().filter(a -> a.kind() == ActionKind.CREATE_FOLDER).findFirst().orElseThrow();
        fake.faults().script(Fault.APPLIED_THEN_DROPPED);
        done(f.edits.renameFolder(created.resultId(), "Renamed after a lost answer"));
        fake.faults().script(Fault.APPLIED_THEN_DROPPED);
        done(f.edits.deleteFolder(created.resultId()));

        assertEquals(copiesBefore + 1, fake.account().copiesOf(release), "exactly one new copy");
        assertEquals(foldersBefore, fake.account().folderList().size(), "one folder made, renamed and deleted");
        assertNull(copyOrNull(copy.instanceId()));
        assertTrue(!fake.account().wantReleaseIds().contains(want));
        assertEquals("also wanted", fake.account().wantNotes(release));
        assertEquals(writes.size() + 2, fake.faults().injected().get(Fault.APPLIED_THEN_DROPPED));
        assertEquals(0, f.count("SELECT count(*) FROM actions WHERE state <> 'done'"));
    }

    @Test
    void undo_of_a_removal_makes_one_copy_with_its_values_even_when_answers_are_lost_and_a_write_fails() {
        f.sending();
        CollectionInstance copy = fake.account().copies().get(7);
        done(f.edits.rateCopy(copy.instanceId(), 3));
        done(f.edits.setField(copy.instanceId(), 3, "first pressing"));
        CopyValues before = f.edits.copyValues(copy.instanceId());
        done(f.edits.removeCopy(copy.instanceId()));
        int copies = fake.account().copiesOf(copy.releaseId());

        // The add takes effect and loses its answer; then the rating fails with a 500 before it takes effect.
        fake.faults().writesOnly(true).script(Fault.APPLIED_THEN_DROPPED, Fault.SERVER_ERROR);
        Action restored = done(f.edits.restoreCopy(before));

        assertEquals(copies + 1, fake.account().copiesOf(copy.releaseId()), "exactly one copy came back");
        CollectionInstance back = fake.account().copies().stream().filter(c -> c.instanceId() == restored.resultId())
                .findFirst().orElseThrow();
        assertEquals(copy.folderId(), back.folderId());
        assertEquals(3, back.rating());
        assertEquals("first pressing", back.field(3));
        assertEquals(copy.field(1), back.field(1));
        assertEquals(3, f.count("SELECT rating FROM collection_items WHERE instance_id = " + back.instanceId()),
                "the mirror shows the copy as Discogs has it");
    }

    @Test
    void a_copy_deleted_on_discogs_meanwhile_ends_as_could_not_apply_and_can_be_dismissed() {
        CollectionInstance copy = fake.account().copies().get(6);
        fake.account().removeInstance(copy.instanceId());
        f.sending();
        Action rate = f.queue.awaitOutcome(f.edits.rateCopy(copy.instanceId(), 3).id(), SETTLE);
        assertEquals(ActionState.FAILED, rate.state());
        assertEquals("This copy is no longer in your collection on Discogs.", rate.error());
        assertTrue(f.queue.retry(rate.id()));
        assertEquals(ActionState.FAILED, settle(rate).state());
        assertTrue(f.queue.dismiss(rate.id()));
        assertTrue(f.database.jdbi().onDemand(ActionStore.class).recent(50).stream().noneMatch(a -> a.id() == rate.id()));
    }

    @Test
    void a_folder_that_is_not_empty_on_discogs_is_not_deleted_and_says_why() {
        Action created = null;
        f.sending();
        created = done(f.edits.createFolder("Busy"));
        fake.account().moveInstance(fake.account().copies().get(0).instanceId(), created.resultId().intValue());
        Action delete = settle(f.edits.deleteFolder(created.resultId()));
        assertEquals(ActionState.FAILED, delete.state());
        assertTrue(delete.error().contains("must be empty"), delete.error());
    }

    @Test
    void revoked_access_keeps_actions_pending_until_discogs_accepts_spindle_again() {
        long want = fake.account().wantReleaseIds().iterator().next();
        fake.revokeAccess();
        f.sending();
        Action edit = f.queue.awaitOutcome(f.edits.editWant(want, "later", 0).id(), SETTLE);
        assertTrue(edit.isPending());
        assertTrue(edit.error().contains("reconnect"), edit.error());
        fake.restoreAccess();
        done(edit);
        assertEquals("later", fake.account().wantNotes(want));
    }

    @Test
    void an_answer_spindle_cannot_read_is_tried_again_and_after_five_the_edit_fails_and_says_why() {
        long want = fake.account().wantReleaseIds().iterator().next();
        fake.faults().writesOnly(true).enable(Fault.TRUNCATED_JSON).setRate(1.0);
        f.sending();
        Action edit = f.queue.awaitOutcome(f.edits.editWant(want, "unread", 0).id(), SETTLE);
        assertTrue(edit.isPending(), "one unreadable answer is waited out");
        assertTrue(edit.error().contains("could not read"), edit.error());
        Action failed = settle(edit);
        assertEquals(ActionState.FAILED, failed.state());
        assertTrue(failed.attempts() >= 5, "given up after " + failed.attempts() + " attempts");
        assertTrue(failed.error().contains("could not read"), failed.error());
    }

    @Test
    void bad_requests_are_refused_before_anything_is_queued() {
        assertThrows(ActionRefused.class, () -> f.edits.rateCopy(fake.account().copies().get(0).instanceId(), 6));
        assertThrows(ActionRefused.class, () -> f.edits.setField(fake.account().copies().get(0).instanceId(), 1, "Shiny"));
        assertTrue(assertThrows(ActionRefused.class, () -> f.edits.removeCopy(1)).notFound());
        assertThrows(ActionRefused.class, () -> f.edits.deleteFolder(1));
        assertThrows(ActionRefused.class, () -> f.edits.createFolder("  "));
        assertEquals(0, f.count("SELECT count(*) FROM actions"));
    }

    private Action done(Action action) {
        Action settled = settle(action);
        assertEquals(ActionState.DONE, settled.state(), settled.label() + ": " + settled.error());
        return settled;
    }

    private Action settle(Action action) {
        return Eventually.waitFor(() -> f.queue.find(action.id()).orElseThrow(), a -> !a.isPending(), SETTLE);
    }

    private CollectionInstance copyAtFake(long instanceId) {
        CollectionInstance copy = copyOrNull(instanceId);
        assertNotNull(copy, "copy " + instanceId + " at the fake");
        return copy;
    }

    private CollectionInstance copyOrNull(long instanceId) {
        return fake.account().copies().stream().filter(c -> c.instanceId() == instanceId).findFirst().orElse(null);
    }
}
