package app.spindle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the few files under {@code /static/} and the bundled htmx straight from the class path. Javalin's own
 * static handlers mount the whole 20 MB jar as a zip file system to list it: about 0.25 s of CPU before the
 * first page (BENCHMARKS.md, round 6, start-up); reading the four files through the class loader costs nothing
 * until asked. Each file is read once and answered with an ETag, so a browser revalidates with a 304.
 */
final class StaticFiles implements RouteGroup {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css", "js", "text/javascript", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");
    private static final String HTMX_RESOURCE = "/META-INF/resources" + HtmxWebjar.scriptPath();

    private record File(byte[] bytes, String type, String etag) {
    }

    private final Map<String, File> read = new ConcurrentHashMap<>();

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/static/{name}", ctx -> {
            String name = ctx.pathParam("name");
            if (name.contains("/") || name.contains("\\") || name.contains("..")) {
                throw new NotFoundResponse();
            }
            answer(ctx, "/static/" + name, "max-age=0");
        });
        // the version is in the path, so the file under it never changes
        routes.get(HtmxWebjar.scriptPath(), ctx -> answer(ctx, HTMX_RESOURCE, "public, max-age=31536000, immutable"));
    }

    private void answer(Context ctx, String resource, String cacheControl) {
        File file = read.computeIfAbsent(resource, StaticFiles::load);
        if (file == null) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", cacheControl).header("ETag", file.etag());
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(file.type()).result(file.bytes());
    }

    private static File load(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null || name.startsWith(".")) {
            return null;
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            return new File(bytes, type, "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 8) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
