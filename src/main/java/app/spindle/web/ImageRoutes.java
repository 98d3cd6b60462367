package app.spindle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Serves cached cover images from {@code <data>/images}; names are checked so no path can escape it. */
public final class ImageRoutes implements RouteGroup {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}\\.(jpe?g|png|webp|gif)");

    private final Path folder;

    public ImageRoutes(Path dataDir) {
        this.folder = dataDir.resolve("images");
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.IMAGE, this::serve);
    }

    private void serve(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new BadRequest("That is not an image name.");
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ErrorPages.NotFound("No cached image called " + name + ".");
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        ctx.contentType(lower.endsWith(".png") ? "image/png" : lower.endsWith(".webp") ? "image/webp"
                : lower.endsWith(".gif") ? "image/gif" : "image/jpeg");
        ctx.header("Cache-Control", "public, max-age=604800");
        InputStream in = Files.newInputStream(file);
        ctx.result(in);
    }
}
