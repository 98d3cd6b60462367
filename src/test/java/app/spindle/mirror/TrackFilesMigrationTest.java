package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.spindle.match.DigitalTrack;
import app.spindle.match.LinkedTrack;
import app.spindle.match.TrackLinks;
import app.spindle.mirror.query.MirrorReads;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackFilesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migration_12_adds_file_locations_to_a_database_made_by_the_migrations_before_it_and_keeps_every_batch_and_link() {
        Database old = Database.open(dir, Migrations.all().stream().filter(m -> m.version() < 12).toList());
        old.jdbi().useHandle(h -> {
            h.execute("INSERT INTO match_batches (id, name, format, mode, state, track_count, created_at) "
                    + "VALUES (1, 'crate.m3u', 'm3u', 'mirror', 'done', 1, '2026-11-30T10:00:00Z')");
            h.execute("INSERT INTO match_tracks (id, batch_id, seq, artist, title, state, accepted_release_id) "
                    + "VALUES (1, 1, 0, 'Rick Astley', 'Never Gonna Give You Up', 'owned', 249504)");
            h.execute("INSERT INTO track_links (release_id, artist, title, source, position, side, confidence, linked_at) "
                    + "VALUES (249504, 'Rick Astley', 'Never Gonna Give You Up', 'crate.m3u, m3u line 2', 'A', 'A', 0.97, "
                    + "'2026-11-30T10:05:00Z')");
        });
        old.close();

        Database upgraded = Database.open(dir);
        assertEquals(Migrations.all().get(Migrations.all().size() - 1).version(), upgraded.schemaVersion());
        Map<String, Object> track = upgraded.jdbi().withHandle(h -> h.createQuery(
                "SELECT title, state, accepted_release_id, location FROM match_tracks WHERE id = 1").mapToMap().one());
        assertEquals("Never Gonna Give You Up", track.get("title"));
        assertEquals(249504, ((Number) track.get("accepted_release_id")).intValue());
        assertNull(track.get("location"), "an old track names no file");
        TrackLinks links = new TrackLinks(upgraded.jdbi(), new MirrorReads(upgraded.jdbi()), Clock.systemUTC());
        List<LinkedTrack> kept = links.forRelease(249504);
        assertEquals(1, kept.size());
        assertEquals("crate.m3u, m3u line 2", kept.get(0).source());
        assertNull(kept.get(0).location());

        links.link(DigitalTrack.of("Rick Astley", "Never Gonna Give You Up").withLocation("/music/rick.mp3"), 249504, "A", "A", 0.97);
        assertEquals("/music/rick.mp3", links.forRelease(249504).get(0).location(), "the old link learns its file");
        upgraded.close();
    }
}
