package app.spindle.web.collection;

import app.spindle.web.ErrorPages;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the cover images the sync downloaded into {@code <data>/images}. Only plain file names with an
 * image extension are accepted, and the resolved path must stay inside that folder: no traversal.
 */
public final class CoverFiles {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,120}");
    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "webp", "image/webp", "gif", "image/gif");

    private final Path folder;

    public CoverFiles(Path dataDir) {
        this.folder = dataDir.resolve("images").toAbsolutePath().normalize();
    }

    public void serve(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        String type = NAME.matcher(name).matches() && !name.contains("..") ? TYPES.get(extension(name)) : null;
        Path file = folder.resolve(name).normalize();
        if (type == null || !file.startsWith(folder) || !Files.isRegularFile(file)) {
            throw new ErrorPages.NotFound("There is no image called " + name + ".");
        }
        ctx.contentType(type);
        ctx.header("Cache-Control", "public, max-age=604800");
        ctx.result(Files.readAllBytes(file));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
