package app.spindle;

import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.mirror.Database;
import app.spindle.mirror.ReleaseWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** The real release documents captured from Discogs, written into a mirror the way a sync writes them. */
public final class RealReleases {
    public static final List<Long> IDS = List.of(249504L, 2535152L, 2370027L, 1052359L, 1161277L, 603365L, 4707982L,
            565473L, 1018055L);

    private RealReleases() {
    }

    public static String json(long id) {
        try (InputStream in = RealReleases.class.getResourceAsStream("/discogs/releases/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no captured release " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeAll(Database db) {
        ReleaseWriter writer = new ReleaseWriter(db.jdbi(), Clock.systemUTC());
        DiscogsModels models = new DiscogsModels();
        for (long id : IDS) {
            String json = json(id);
            DiscogsRelease release = models.release(json);
            writer.writeDetails(release, json);
        }
    }
}
