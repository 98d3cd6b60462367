package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Main;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.mirror.ReleaseIndexes;
import app.spindle.testing.ChildJvm;
import app.spindle.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-dump --all} killed with SIGKILL in the middle of its load, then run again. */
class ImportKilledTest {
    /** Enough records that the child commits a batch (2,000 records) long before it reaches the end. */
    private static final long RECORDS = 6_000;

    @TempDir
    Path dir;

    @Test
    void an_all_import_killed_mid_load_is_finished_by_the_next_run_as_if_never_interrupted() throws Exception {
        Path file = Files.createDirectories(dir.resolve("dump")).resolve("discogs_20200806_releases.xml.gz");
        SyntheticDump.write(DumpSamples.releases(), RECORDS, file);
        Path killed = Files.createDirectories(dir.resolve("killed"));
        Database database = Database.open(killed); // migrated before the child opens it
        Process child = ChildJvm.of(Main.class, "import-dump", file.toString(), "--all", "--data", killed.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long doneAtKill = Eventually.waitFor(() -> recordsDone(database), done -> done > 0 || !child.isAlive(),
                Duration.ofMinutes(3));
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback code runs
        child.waitFor();
        assertTrue(doneAtKill > 0 && doneAtKill < RECORDS, "killed mid-load, after " + doneAtKill + " records: "
                + Files.readString(dir.resolve("child.log")));

        Mirror resumed = new Mirror(database, DumpImporterTest.CLOCK);
        assertTrue(resumed.jdbi().withHandle(ReleaseIndexes::deferred), "the killed load had not built its indexes");
        ImportResult result = importAll(resumed, file);
        assertTrue(result.succeeded(), result.toString());
        assertTrue(result.resumed(), "the next run continued the killed one");
        assertEquals(RECORDS, result.imported());
        assertFalse(resumed.jdbi().withHandle(ReleaseIndexes::deferred), "the resumed run built every index");

        Mirror fresh = new Mirror(Database.open(Files.createDirectories(dir.resolve("fresh"))), DumpImporterTest.CLOCK);
        assertTrue(importAll(fresh, file).succeeded());
        assertEquals(MirrorContents.of(fresh), MirrorContents.of(resumed),
                "the same rows as an uninterrupted import: none missing, none twice, none in part");
        assertEquals(fresh.search().search("Persuader Stockholm", 50), resumed.search().search("Persuader Stockholm", 50));
    }

    private static long recordsDone(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT coalesce(max(records_done), 0) FROM dump_imports")
                .mapTo(Long.class).one());
    }

    private static ImportResult importAll(Mirror mirror, Path file) {
        return new DumpImporter(mirror, DumpImporterTest.CLOCK).importReleases(DumpFile.of(file), ImportMode.ALL,
                new ImportProgress(DumpImporterTest.CLOCK), () -> false);
    }
}
