package app.spindle.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Says a data folder is in use: an operating-system lock on {@code <data>/spindle.lock}. Commands that work on
 * the folder while others may (serve, sync, import-dump) share it; {@code salvage}, which moves the database
 * aside, needs it alone. The kernel drops the lock when the process ends however it ends (kill -9 too), so a
 * lock file left behind never blocks anyone.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE_NAME = "spindle.lock";

    private final FileChannel channel;

    private FolderLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * A share of the folder. A folder that cannot hold the lock file gets no lock: the command then meets the
     * folder's own problem and says it in its words. Within one JVM (only tests run several Spindles in one) a
     * second share rides on the first, as the JVM holds one lock per file.
     */
    public static FolderLock shared(Path dataDir) {
        try {
            return lock(dataDir, true).orElseThrow(() -> new ConfigException("a salvage is running on the data folder "
                    + dataDir.toAbsolutePath() + ": wait for it to finish, then start Spindle again"));
        } catch (OverlappingFileLockException | IOException heldByThisJvmOrUnusableFolder) {
            return new FolderLock(null);
        }
    }

    /** The folder alone, or a one-line refusal naming what to stop when anything else works on it. */
    public static FolderLock exclusive(Path dataDir, String refusal) {
        try {
            return lock(dataDir, false).orElseThrow(() -> new ConfigException(refusal));
        } catch (OverlappingFileLockException heldByThisJvm) {
            throw new ConfigException(refusal);
        } catch (IOException e) {
            throw new ConfigException("the data folder " + dataDir.toAbsolutePath() + " cannot be locked (" + e.getMessage() + ")");
        }
    }

    /** The lock, or nothing when another process holds one that excludes it. */
    private static Optional<FolderLock> lock(Path dataDir, boolean shared) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock(0, Long.MAX_VALUE, shared) != null) {
                return Optional.of(new FolderLock(channel));
            }
        } catch (OverlappingFileLockException | IOException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close(); // and with it its lock
            } catch (IOException ignored) {
                // the lock goes with the process at the latest
            }
        }
    }
}
