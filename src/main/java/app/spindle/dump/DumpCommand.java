package app.spindle.dump;

import app.spindle.config.Config;
import app.spindle.config.StopOnCtrlC;
import app.spindle.config.DataFolder;
import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import app.spindle.sync.DiscogsAccess;
import app.spindle.sync.SyncPolicy;
import app.spindle.sync.SyncResult;
import app.spindle.sync.SyncRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code spindle import-dump FILE… [--all]}: imports the given dump files (releases first, then
 * masters, artists, labels) with a progress bar on stderr. Without {@code --all} it needs to know the
 * collection and wantlist: it runs a listing pass first when no complete one is in the mirror.
 * Exit code 0 when every file was imported, 1 when one failed or was interrupted (run it again to
 * resume), 2 for a file it cannot use, 3 when an account is needed and none is connected.
 */
public final class DumpCommand {
    private DumpCommand() {
    }

    public static int run(Config config, PrintStream err) {
        if (config.demo()) {
            err.println("spindle: the demo account has no dump to import; run import-dump without --demo");
            return 2;
        }
        List<DumpFile> files = new ArrayList<>();
        try {
            for (String name : config.arguments()) {
                files.add(DumpFile.of(Path.of(name)));
            }
        } catch (DumpException e) {
            err.println("spindle: " + e.getMessage());
            return 2;
        }
        files.sort(Comparator.comparing(DumpFile::kind));
        ImportMode mode = config.importAll() ? ImportMode.ALL : ImportMode.REFERENCED;
        Clock clock = Clock.systemUTC();
        Mirror mirror = new Mirror(Database.open(DataFolder.prepare(config.dataDir())), clock);
        if (mode == ImportMode.REFERENCED && files.stream().anyMatch(f -> f.kind() == DumpKind.RELEASES)
                && mirror.syncRuns().lastCompleteListingAt().isEmpty()) {
            int listed = listFirst(config, mirror, clock, err);
            if (listed != 0) {
                return listed;
            }
        }
        AtomicBoolean stop = new AtomicBoolean();
        try (StopOnCtrlC ctrlC = new StopOnCtrlC("import-stop", Duration.ofSeconds(20), () -> stop.set(true))) {
            int code = 0;
            for (DumpFile file : files) {
                ImportProgress progress = new ImportProgress(clock);
                err.println("spindle: importing " + file.path().getFileName() + " (" + ImportStatus.megabytes(file.size())
                        + (file.kind() == DumpKind.RELEASES ? ", " + (mode == ImportMode.ALL ? "every release" : "releases you own or want") : "")
                        + ")");
                ImportResult result;
                try (ConsoleProgress bar = new ConsoleProgress(err, progress, System.console() != null)) {
                    result = file.kind() == DumpKind.RELEASES
                            ? new DumpImporter(mirror, clock).importReleases(file, mode, progress, stop::get)
                            : new EntityImporter(mirror, clock).importEntities(file, progress, stop::get);
                }
                err.println(summary(file, result));
                if (!result.succeeded()) {
                    code = 1;
                    break;
                }
            }
            return code;
        } catch (DumpException e) {
            err.println("spindle: " + e.getMessage());
            return 2;
        }
    }

    static String summary(DumpFile file, ImportResult r) {
        String figures = String.format(Locale.ROOT, "%,d records read, %,d imported%s%s in %.1f s (%,.0f records/s)",
                r.recordsRead(), r.imported(), r.unchanged() > 0 ? String.format(Locale.ROOT, ", %,d unchanged since the"
                        + " dump that wrote them", r.unchanged()) : "",
                r.keptNewer() > 0 ? ", " + r.keptNewer() + " kept (fetched after the dump)" : "",
                r.seconds(), r.recordsRead() / Math.max(0.001, r.seconds()));
        return switch (r.outcome()) {
            case SUCCEEDED -> "spindle: " + file.path().getFileName() + " imported: " + figures;
            case INTERRUPTED -> "spindle: import interrupted after " + figures + "; run the same command to resume";
            case FAILED -> "spindle: import failed: " + r.error() + " (" + figures + "; what was imported stays)";
        };
    }

    /** The listing pass the default mode needs, with the account the sync uses. */
    private static int listFirst(Config config, Mirror mirror, Clock clock, PrintStream err) {
        DiscogsAccess discogs = DiscogsAccess.connect(config, mirror.jdbi());
        if (!discogs.auth().state().hasCredentials()) {
            err.println("spindle: import-dump imports the releases of your collection and wantlist, and Spindle does not"
                    + " know them yet: connect an account (DISCOGS_TOKEN or Settings) or use --all");
            return 3;
        }
        err.println("spindle: listing your collection and wantlist first");
        SyncResult listed = new SyncRunner(discogs.api(), discogs.client(), mirror, SyncPolicy.from(config), clock)
                .runListing("dump");
        if (!listed.succeeded()) {
            err.println("spindle: the listing " + listed.outcome().name().toLowerCase(Locale.ROOT) + ": " + listed.error());
            return listed.outcome() == SyncResult.Outcome.DISCONNECTED ? 3 : 1;
        }
        err.println("spindle: listed (" + listed.requests() + " requests)");
        return 0;
    }
}
