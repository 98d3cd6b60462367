package app.spindle.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.fake.CollectionInstance;
import app.spindle.discogs.fake.FakeDiscogs;
import app.spindle.discogs.fake.Fault;
import app.spindle.discogs.fake.WantEntry;
import app.spindle.testing.ChildJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty mixed actions are queued while Discogs is down; then a sender in a JVM of its own is killed with
 * SIGKILL at random moments while Discogs, back again, loses answers after their effect, fails with 500s
 * and answers 429. In the end Discogs holds exactly what was asked for: no copy twice, no edit lost.
 */
class ActionsKilledTest {
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void queued_actions_reach_discogs_exactly_once_although_the_sender_is_killed_again_and_again() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (FakeDiscogs fake = ActionsFixture.fake()) {
            Expected expected;
            List<Long> ids = new ArrayList<>();
            try (ActionsFixture f = new ActionsFixture(fake, dir).synced()) {
                fake.faults().setDown(true);
                expected = new Expected(fake);
                queueTwentyActions(f, fake, expected, ids);
                assertEquals(20, f.database.jdbi().onDemand(ActionStore.class).pending().size(), "all queued, none sent");
                assertEquals(4, f.count("SELECT rating FROM collection_items WHERE instance_id = ?",
                        fake.account().copies().get(0).instanceId()), "the mirror shows a pending edit at once");
            }
            fake.faults().setDown(false);
            fake.faults().writesOnly(true)
                    .enable(Fault.APPLIED_THEN_DROPPED, Fault.SERVER_ERROR, Fault.RATE_LIMITED_429).setRate(0.35);

            int kills = 0;
            while (true) {
                Process child = childProcess(fake);
                boolean last = kills == KILLS;
                if (!last && !child.waitFor(150 + random.nextInt(900), TimeUnit.MILLISECONDS)) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                    child.waitFor();
                    kills++;
                    continue;
                }
                assertTrue(child.waitFor(3, TimeUnit.MINUTES), "the last sender finished");
                assertEquals(0, child.exitValue());
                if (child.exitValue() == 0) {
                    break;
                }
            }
            fake.faults().clear();
            assertTrue(fake.faults().injected().getOrDefault(Fault.APPLIED_THEN_DROPPED, 0) > 0,
                    "some answers were lost after their effect (seed " + seed + ")");
            expected.assertMatches(fake, "seed " + seed + ", " + kills + " kills, faults " + fake.faults().injected());
            try (ActionsFixture f = new ActionsFixture(fake, dir)) {
                assertEquals(20, f.count("SELECT count(*) FROM actions WHERE state = 'done'"), "seed " + seed);
            }
        }
    }

    private static void queueTwentyActions(ActionsFixture f, FakeDiscogs fake, Expected expected, List<Long> ids) {
        List<CollectionInstance> copies = fake.account().copies();
        int userFolder = fake.account().folderList().get(2).id();
        List<Long> wants = new ArrayList<>(fake.account().wantReleaseIds());
        long newRelease = fake.releaseIds().get(fake.releaseIds().size() - 1);
        long ownedRelease = copies.get(9).releaseId();
        for (int i = 0; i < 4; i++) {
            ids.add(f.edits.rateCopy(copies.get(i).instanceId(), 4 - i).id());
            expected.rate(copies.get(i).instanceId(), 4 - i);
        }
        ids.add(f.edits.setField(copies.get(4).instanceId(), 1, "Mint (M)").id());
        expected.field(copies.get(4).instanceId(), 1, "Mint (M)");
        ids.add(f.edits.setField(copies.get(4).instanceId(), 2, "No Cover").id());
        expected.field(copies.get(4).instanceId(), 2, "No Cover");
        ids.add(f.edits.setField(copies.get(5).instanceId(), 3, "bought in Leeds").id());
        expected.field(copies.get(5).instanceId(), 3, "bought in Leeds");
        ids.add(f.edits.setField(copies.get(6).instanceId(), 1, "").id());
        expected.field(copies.get(6).instanceId(), 1, null);
        for (int i = 0; i < 3; i++) {
            ids.add(f.edits.moveCopy(copies.get(i).instanceId(), userFolder).id());
            expected.move(copies.get(i).instanceId(), userFolder);
        }
        ids.add(f.edits.removeCopy(copies.get(7).instanceId()).id());
        expected.remove(copies.get(7).instanceId());
        ids.add(f.edits.removeCopy(copies.get(8).instanceId()).id());
        expected.remove(copies.get(8).instanceId());
        ids.add(f.edits.addCopy(newRelease, 1).id());
        ids.add(f.edits.addCopy(newRelease, 1).id());
        expected.added(newRelease, 2);
        ids.add(f.edits.addCopy(ownedRelease, userFolder).id());
        expected.added(ownedRelease, 1);
        ids.add(f.edits.addWant(newRelease, "any press", 2).id());
        expected.want(newRelease, "any press", 2);
        ids.add(f.edits.editWant(wants.get(0), "sealed only", 5).id());
        expected.want(wants.get(0), "sealed only", 5);
        ids.add(f.edits.removeWant(wants.get(1)).id());
        expected.unwant(wants.get(1));
        ids.add(f.edits.createFolder("Killed and back").id());
        expected.folder("Killed and back");
    }

    private Process childProcess(FakeDiscogs fake) throws java.io.IOException {
        return ChildJvm.of(ActionsChild.class, dir.toString(), fake.baseUrl(), fake.token()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile())).start();
    }

    /** The account as it should end: the state before, with each queued action applied once. */
    private static final class Expected {
        private final Map<Long, CollectionInstance> copies = new LinkedHashMap<>();
        private final Map<Long, Integer> copiesPerRelease = new TreeMap<>();
        private final Map<Long, String> wants = new TreeMap<>();
        private final List<String> folders;

        Expected(FakeDiscogs fake) {
            fake.account().copies().forEach(c -> copies.put(c.instanceId(), c));
            copies.values().forEach(c -> copiesPerRelease.merge(c.releaseId(), 1, Integer::sum));
            fake.account().wants().forEach(w -> wants.put(w.releaseId(), describe(w)));
            folders = new ArrayList<>(fake.account().folderList().stream().map(x -> x.name()).toList());
        }

        void rate(long instanceId, int rating) {
            copies.computeIfPresent(instanceId, (id, c) -> c.withRating(rating));
        }

        void field(long instanceId, int fieldId, String value) {
            copies.computeIfPresent(instanceId, (id, c) -> c.withField(fieldId, value));
        }

        void move(long instanceId, int folderId) {
            copies.computeIfPresent(instanceId, (id, c) -> c.withFolder(folderId));
        }

        void remove(long instanceId) {
            CollectionInstance gone = copies.remove(instanceId);
            copiesPerRelease.merge(gone.releaseId(), -1, Integer::sum);
        }

        void added(long releaseId, int count) {
            copiesPerRelease.merge(releaseId, count, Integer::sum);
        }

        void want(long releaseId, String notes, int rating) {
            wants.put(releaseId, notes + " / " + rating);
        }

        void unwant(long releaseId) {
            wants.remove(releaseId);
        }

        void folder(String name) {
            folders.add(name);
        }

        void assertMatches(FakeDiscogs fake, String context) {
            Map<Long, CollectionInstance> now = fake.account().copies().stream()
                    .collect(Collectors.toMap(CollectionInstance::instanceId, c -> c));
            for (CollectionInstance copy : copies.values()) {
                assertEquals(copy, now.get(copy.instanceId()), "copy " + copy.instanceId() + " (" + context + ")");
            }
            Map<Long, Integer> perRelease = new TreeMap<>();
            now.values().forEach(c -> perRelease.merge(c.releaseId(), 1, Integer::sum));
            copiesPerRelease.values().removeIf(n -> n == 0);
            assertEquals(copiesPerRelease, perRelease, "copies per release (" + context + ")");
            Map<Long, String> wantsNow = new TreeMap<>();
            fake.account().wants().forEach(w -> wantsNow.put(w.releaseId(), describe(w)));
            assertEquals(wants, wantsNow, "wants (" + context + ")");
            assertEquals(folders.stream().sorted().toList(),
                    fake.account().folderList().stream().map(x -> x.name()).sorted().toList(), "folders (" + context + ")");
        }

        private static String describe(WantEntry want) {
            return want.notes() + " / " + want.rating();
        }
    }
}
