package app.spindle.sync;

import app.spindle.config.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes downloaded images into a folder of the data folder: whole or not at all, readable by the owner alone. */
final class ImageFiles {
    static final String PART = ".part";

    private ImageFiles() {
    }

    /**
     * Stores {@code bytes} as {@code <name>.jpg} or {@code .png} (by their first bytes) and returns the file name.
     * Written to a temporary ".{name}-{pid}-….part" first, so a crash never leaves half an image under the real name.
     */
    static String store(Path folder, String name, byte[] bytes) throws IOException {
        if (bytes == null || bytes.length == 0) {
            throw new IOException("empty image");
        }
        DataFolder.createOwnerOnly(folder);
        String file = name + (isPng(bytes) ? ".png" : ".jpg");
        Path temp = Files.createTempFile(folder, "." + name + "-" + ProcessHandle.current().pid() + "-", PART);
        Files.write(temp, bytes);
        Files.move(temp, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }
}
