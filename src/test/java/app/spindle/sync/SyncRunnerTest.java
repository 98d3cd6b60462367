package app.spindle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.fake.Fault;
import app.spindle.discogs.fake.FakeDiscogs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncRunnerTest {
    @TempDir
    Path dir;

    @Test
    void a_listing_that_fails_midway_removes_nothing_and_the_next_complete_pass_does() {
        try (FakeDiscogs fake = SyncFixture.fake(240, 30).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            assertTrue(f.runner.run("test").succeeded());
            long before = f.count("SELECT count(*) FROM collection_items");
            long gone = fake.account().instanceIds().get(5);
            fake.account().removeInstance(gone);

            AtomicBoolean scripted = new AtomicBoolean();
            f.runner.progress().onChange(s -> {
                if (s.phase() == SyncStatus.Phase.COLLECTION && s.done() >= 100 && scripted.compareAndSet(false, true)) {
                    fake.faults().script(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR,
                            Fault.SERVER_ERROR, Fault.SERVER_ERROR);
                }
            });
            SyncResult failed = f.runner.run("test");
            f.runner.progress().onChange(null);
            assertEquals(SyncResult.Outcome.FAILED, failed.outcome());
            assertTrue(failed.error().contains("Discogs could not be reached"), failed.error());
            assertEquals(before, f.count("SELECT count(*) FROM collection_items"), "nothing removed by a broken pass");
            assertEquals(1, f.count("SELECT count(*) FROM collection_items WHERE instance_id = " + gone));
            assertEquals("failed", f.runner.progress().current().state().word());

            fake.faults().clear();
            SyncResult next = f.runner.run("test");
            assertTrue(next.succeeded(), next.error());
            assertEquals(1, next.itemsRemoved());
            assertEquals(0, f.count("SELECT count(*) FROM collection_items WHERE instance_id = " + gone));
            assertEquals(fake.account().instanceCount(), f.count("SELECT count(*) FROM collection_items"));
        }
    }

    @Test
    void additions_and_wantlist_changes_at_discogs_arrive_with_the_next_run() {
        try (FakeDiscogs fake = SyncFixture.fake(60, 20).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            assertTrue(f.runner.run("test").succeeded());
            long newRelease = fake.releaseIds().stream().filter(id -> !f.referencedReleases().contains(id))
                    .findFirst().orElseThrow();
            long instance = fake.account().addToCollection(newRelease, 1);
            long unwanted = fake.account().wantReleaseIds().iterator().next();
            fake.account().removeWant(unwanted);
            fake.resetRequestLog();
            SyncResult result = f.runner.run("test");
            assertTrue(result.succeeded(), result.error());
            assertEquals(1, f.count("SELECT count(*) FROM collection_items WHERE instance_id = " + instance));
            assertEquals(0, f.count("SELECT count(*) FROM wants WHERE release_id = " + unwanted));
            assertEquals(1, f.count("SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL AND id = "
                    + newRelease));
            assertEquals(List.of("/releases/" + newRelease), f.releaseRequests().stream().map(r -> r.path()).toList());
        }
    }

    @Test
    void a_401_midway_marks_the_account_disconnected_and_keeps_the_mirror() {
        try (FakeDiscogs fake = SyncFixture.fake(80, 10).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            f.runner.progress().onChange(s -> {
                if (s.phase() == SyncStatus.Phase.DETAILS && s.done() == 10) {
                    f.api.useCredentials(new DiscogsCredentials.PersonalToken("revoked-on-discogs"));
                }
            });
            SyncResult result = f.runner.run("test");
            assertEquals(SyncResult.Outcome.DISCONNECTED, result.outcome());
            assertTrue(result.error().contains("reconnect"), result.error());
            SyncStatus status = f.runner.progress().current();
            assertEquals("disconnected", status.state().word());
            assertEquals(fake.account().instanceCount(), f.count("SELECT count(*) FROM collection_items"));
            assertEquals(10, f.count("SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL"));
            assertFalse(result.error().contains("revoked-on-discogs"));
            assertEquals(1, f.count("SELECT count(*) FROM sync_runs WHERE outcome = 'disconnected'"));
            SyncRunner restarted = new SyncRunner(f.api, f.client, f.mirror,
                    new SyncPolicy(Duration.ofDays(30), Duration.ofDays(1), 0.05, 50), Clock.systemUTC());
            assertEquals(SyncStatus.State.DISCONNECTED, restarted.progress().current().state(),
                    "a restart reads the stored outcome back");
        }
    }

    @Test
    void a_stopped_run_resumes_without_fetching_anything_twice() {
        try (FakeDiscogs fake = SyncFixture.fake(120, 20).start()) {
            SyncFixture f = new SyncFixture(fake, dir);
            f.runner.progress().onChange(s -> {
                if (s.phase() == SyncStatus.Phase.DETAILS && s.done() == 25) {
                    f.runner.requestStop();
                }
            });
            assertEquals(SyncResult.Outcome.INTERRUPTED, f.runner.run("test").outcome());
            f.runner.progress().onChange(null);
            assertEquals(25, f.count("SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL"));
            SyncResult resumed = f.runner.run("test");
            assertTrue(resumed.succeeded(), resumed.error());
            assertEquals(f.referencedReleases().size(), f.releaseRequests().size(), "each release fetched once");
            assertEquals(f.referencedReleases().size(), f.releaseRequests().stream().map(r -> r.path()).distinct().count());
            assertEquals(f.referencedReleases().size(),
                    f.count("SELECT count(*) FROM releases WHERE details_fetched_at IS NOT NULL"));
            // the resumed run saw that the listing had completed, so it probed and went straight to details
            assertEquals(3 + f.referencedReleases().size() - 25, resumed.requests());
        }
    }
}
