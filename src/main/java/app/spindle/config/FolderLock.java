package app.spindle.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
        FileChannel channel = null;
        try {
            channel = open(dataDir);
            if (channel.tryLock(0, Long.MAX_VALUE, true) == null) {
                channel.close();
                throw new ConfigException("a salvage is running on the data folder " + dataDir.toAbsolutePath()
                        + ": wait for it to finish, then start Spindle again");
            }
            return new FolderLock(channel);
        } catch (OverlappingFileLockException heldByThisJvm) {
            closeQuietly(channel);
            return new FolderLock(null);
        } catch (IOException unusableFolder) {
            closeQuietly(channel);
            return new FolderLock(null);
        }
    }

    /** The folder alone, or a one-line refusal naming what to stop when anything else works on it. */
    public static FolderLock exclusive(Path dataDir, String refusal) {
        FileChannel channel = null;
        try {
            channel = open(dataDir);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new ConfigException(refusal);
            }
            return new FolderLock(channel);
        } catch (OverlappingFileLockException heldByThisJvm) {
            closeQuietly(channel);
            throw new ConfigException(refusal);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ConfigException("the data folder " + dataDir.toAbsolutePath() + " cannot be locked (" + e.getMessage() + ")");
        }
    }

    private static FileChannel open(Path dataDir) throws IOException {
        return FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(channel); // closing the channel releases its lock
    }
}
