package app.spindle;

import app.spindle.config.ConfigException;
import app.spindle.config.DataFolder;
import app.spindle.config.ConfigParser;
import app.spindle.config.Config;
import app.spindle.config.FolderLock;
import app.spindle.config.Version;
import app.spindle.dump.DumpCommand;
import app.spindle.mirror.DatabaseDamagedException;
import app.spindle.mirror.DatabaseTooNewException;
import app.spindle.mirror.Database;
import app.spindle.salvage.SalvageCommand;
import app.spindle.sync.DiscogsAccess;
import app.spindle.sync.ForegroundSync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;

/** Command line entry: one-line errors and exit code 2 for anything the user can fix. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(ConfigParser.help());
            return 0;
        }
        if (Arrays.asList(args).contains("--version")) {
            System.out.println("spindle " + Version.number());
            return 0;
        }
        try {
            Config config = ConfigParser.parse(args, System::getenv);
            return switch (config.command()) {
                case "serve" -> inSharedFolder(databaseFolder(config), () -> serve(config));
                case "backup" -> backup(config);
                case "sync" -> inSharedFolder(config.dataDir(), () -> sync(config));
                case "import-dump" -> inSharedFolder(config.dataDir(), () -> DumpCommand.run(config, System.err));
                case "salvage" -> SalvageCommand.run(config, System.err);
                default -> fail("the '" + config.command() + "' command is not available in this build yet");
            };
        } catch (ConfigException | DatabaseTooNewException | DatabaseDamagedException e) {
            return fail(e.getMessage());
        } catch (RuntimeException e) {
            return fail(CommandFailure.describe(e));
        }
    }

    /** Holds a share of the data folder while the command runs, so that {@code salvage} knows to wait. */
    private static int inSharedFolder(Path folder, IntSupplier command) {
        try (FolderLock inUse = FolderLock.shared(DataFolder.prepare(folder))) {
            return command.getAsInt();
        }
    }

    private static int serve(Config config) {
        Spindle spindle = Spindle.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            spindle.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int sync(Config config) {
        if (config.demo()) {
            return fail("the demo account syncs by itself while Spindle runs with --demo");
        }
        Database database = Database.open(DataFolder.prepare(config.dataDir()));
        DiscogsAccess access = DiscogsAccess.connect(config, database.jdbi());
        return ForegroundSync.run(config, database, access.api(), access.auth(), access.client(), System.err);
    }

    private static int backup(Config config) {
        if (config.arguments().size() != 1) {
            return fail("backup needs exactly one argument: the file to write (e.g. backup spindle-2026-11-25.db)");
        }
        Path dataDir = databaseFolder(config);
        if (!Files.exists(dataDir.resolve(Database.FILE_NAME))) {
            return fail("there is no database in " + dataDir.toAbsolutePath() + " to back up");
        }
        try (Database database = Database.open(dataDir)) {
            database.backupTo(Path.of(config.arguments().get(0)));
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        System.err.println("spindle: backup written to " + Path.of(config.arguments().get(0)).toAbsolutePath());
        return 0;
    }

    /** The demo keeps its database in a folder of its own inside the data folder. */
    private static Path databaseFolder(Config config) {
        return config.demo() ? config.dataDir().resolve("demo") : config.dataDir();
    }

    private static int fail(String message) {
        // a 10,000-character value echoed back would no longer be one readable line
        System.err.println("spindle: " + message.replaceAll("'([^']{60})[^']+'", "'$1…'"));
        return 2;
    }
}
