package app.spindle.web;

import app.spindle.sync.ReleaseImageCache;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves cached images: the sync's cover thumbnails from {@code <data>/images} (names are checked so no path can
 * escape it), and a release's images at either size, fetched on their first view by {@link ReleaseImageCache}.
 */
public final class ImageRoutes implements RouteGroup {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}\\.(jpe?g|png|webp|gif)");
    /** What an image that cannot be had answers beside its 404, so a page shows a quiet square, not a broken icon. */
    private static final String MISSING = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#d9d4cc"/></svg>""";

    private final Path folder;
    private final ReleaseImageCache releaseImages;

    public ImageRoutes(Path dataDir, ReleaseImageCache releaseImages) {
        this.folder = dataDir.resolve("images");
        this.releaseImages = releaseImages;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.IMAGE, this::serve);
        routes.get(Paths.RELEASE_IMAGE, this::releaseImage);
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
        send(ctx, file);
    }

    private void releaseImage(Context ctx) throws IOException {
        long id = Params.pathId(ctx, "id");
        String rawPosition = ctx.pathParam("position");
        if (!rawPosition.matches("[0-9]{1,4}")) {
            throw new BadRequest("An image's position is a whole number from 0.");
        }
        int position = Integer.parseInt(rawPosition);
        ReleaseImageCache.Size size = Params.lookup(ctx.pathParam("size"), ReleaseImageCache.Size.values(),
                ReleaseImageCache.Size::word).orElseThrow(() -> new BadRequest("An image's size is large or small."));
        Optional<Path> file = releaseImages.file(id, position, size);
        if (file.isEmpty()) {
            ctx.attribute(ErrorPages.SHOWN, true);
            ctx.status(404).contentType("image/svg+xml").header("Cache-Control", "no-store").result(MISSING);
            return;
        }
        send(ctx, file.get());
    }

    private static void send(Context ctx, Path file) throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ctx.contentType(lower.endsWith(".png") ? "image/png" : lower.endsWith(".webp") ? "image/webp"
                : lower.endsWith(".gif") ? "image/gif" : "image/jpeg");
        ctx.header("Cache-Control", "public, max-age=604800");
        ctx.result(Files.newInputStream(file));
    }
}
