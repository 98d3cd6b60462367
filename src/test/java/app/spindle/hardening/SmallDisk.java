package app.spindle.hardening;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, tiny file system (tmpfs) for a test to fill up or make read-only. Needs root and a working
 * {@code mount}; {@link #tryMount} says when this machine cannot, so the test can say so too.
 */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;
    private boolean mounted;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code megabytes} at {@code mountPoint}; null when this machine does not allow it. */
    static SmallDisk tryMount(Path mountPoint, int megabytes) {
        if (!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return null;
        }
        try {
            Files.createDirectories(mountPoint);
            SmallDisk disk = new SmallDisk(mountPoint);
            if (run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700", "tmpfs", mountPoint.toString()) != 0) {
                return null;
            }
            disk.mounted = true;
            return disk;
        } catch (IOException e) {
            return null;
        }
    }

    Path path() {
        return mountPoint;
    }

    void readOnly() throws IOException {
        check(run("mount", "-o", "remount,ro", mountPoint.toString()), "remount read-only");
    }

    void writable() throws IOException {
        check(run("mount", "-o", "remount,rw", mountPoint.toString()), "remount read-write");
    }

    /** Writes filler files until the disk refuses another byte; returns them, to delete later. */
    List<Path> fill() throws IOException {
        List<Path> fillers = new ArrayList<>();
        for (int chunk : new int[] {1 << 16, 1 << 12, 1 << 9, 1}) {
            byte[] bytes = new byte[chunk];
            Path filler = mountPoint.resolve("filler-" + chunk);
            fillers.add(filler);
            try (OutputStream out = Files.newOutputStream(filler)) {
                while (true) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException full) {
                // this size no longer fits: go on with a smaller one
            }
        }
        return fillers;
    }

    @Override
    public void close() throws IOException {
        if (mounted) {
            run("mount", "-o", "remount,rw", mountPoint.toString());
            check(run("umount", "-l", mountPoint.toString()), "unmount");
            mounted = false;
        }
    }

    private static void check(int exit, String what) throws IOException {
        if (exit != 0) {
            throw new IOException(what + " failed with exit code " + exit);
        }
    }

    private static int run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
