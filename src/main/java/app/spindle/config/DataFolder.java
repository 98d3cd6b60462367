package app.spindle.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Makes sure the data folder exists, is ours alone and can be written, before anything opens it. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path prepare(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            if (!Files.exists(abs)) {
                Files.createDirectories(abs);
                ownerOnly(abs);
            }
        } catch (IOException e) {
            throw new ConfigException("data folder " + abs + " cannot be created (" + reason(e) + ")");
        }
        if (!Files.isDirectory(abs)) {
            throw new ConfigException("data folder " + abs + " is not a folder");
        }
        Path probe = abs.resolve(".write-check");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new ConfigException("data folder " + abs + " is not writable (" + reason(e) + ")");
        }
        return abs;
    }

    /**
     * Creates {@code folder} (and its parents) readable by the owner alone, like the data folder around it, whatever
     * the umask says; on a file system without POSIX permissions it is created plainly.
     */
    public static void createOwnerOnly(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(folder);
        }
    }

    private static void ownerOnly(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: nothing stronger to set
        }
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
