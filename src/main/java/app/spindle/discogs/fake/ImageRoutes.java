package app.spindle.discogs.fake;

import app.spindle.mirror.query.LruMap;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

/**
 * Cover images of generated releases (the image host of the real Discogs is not an API endpoint):
 * a small JPEG in colours drawn from the name, so the demo shows distinct covers offline.
 */
final class ImageRoutes {
    static final String PATH = "/images/";

    /**
     * Covers already drawn, by name, for every fake in this JVM: a cover depends on its name only, and drawing and
     * encoding a 600-pixel JPEG is about 10 ms of CPU, asked again by every sync of the same generated account.
     */
    private static final Map<String, byte[]> DRAWN = Collections.synchronizedMap(new LruMap<>(1_000));

    private final List<FakeImageRequest> served = new CopyOnWriteArrayList<>();

    List<FakeImageRequest> served() {
        return List.copyOf(served);
    }

    void addRoutes(RoutesConfig routes) {
        routes.get(PATH + "{name}", this::image);
    }

    private void image(Context ctx) {
        String name = ctx.pathParam("name");
        served.add(new FakeImageRequest(Instant.now(), name));
        if (!name.matches("R-\\d+-\\d+(-150)?\\.jpeg")) {
            ctx.status(404).result("");
            return;
        }
        byte[] jpeg = DRAWN.get(name);
        if (jpeg == null) {
            jpeg = draw(name);
            DRAWN.put(name, jpeg);
        }
        ctx.contentType("image/jpeg").header("Cache-Control", "public, max-age=31536000").result(jpeg);
    }

    private static byte[] draw(String name) {
        int size = name.endsWith("-150.jpeg") ? 150 : 600;
        int hash = name.replace("-150", "").hashCode();
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.getHSBColor((hash & 0xFF) / 255f, 0.55f, 0.75f));
        g.fillRect(0, 0, size, size);
        g.setColor(Color.getHSBColor(((hash >> 8) & 0xFF) / 255f, 0.6f, 0.35f));
        g.fillOval(size / 6, size / 6, size * 2 / 3, size * 2 / 3);
        g.setColor(Color.getHSBColor(((hash >> 16) & 0xFF) / 255f, 0.3f, 0.9f));
        g.fillOval(size * 9 / 20, size * 9 / 20, size / 10, size / 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
