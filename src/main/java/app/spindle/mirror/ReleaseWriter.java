package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsBasicInformation;
import app.spindle.discogs.model.DiscogsRelease;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes releases into the mirror. A fetched release replaces all of its rows in one transaction
 * (delete the child rows, insert them again, rebuild its search row), so a reader or a crash never
 * sees half a release.
 */
public final class ReleaseWriter {
    private final Jdbi jdbi;
    private final Clock clock;

    public ReleaseWriter(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Stores a release fetched with {@code GET /releases/{id}}.
     *
     * @param rawJson the response body as received (kept compressed), or null to keep the model's JSON form
     */
    public void writeDetails(DiscogsRelease release, String rawJson) {
        jdbi.useTransaction(h -> writeDetails(h, release, rawJson));
    }

    void writeDetails(Handle h, DiscogsRelease release, String rawJson) {
        String now = Timestamps.format(clock.instant());
        ReleaseRows rows = ReleaseMapping.rowsOf(release, now);
        long id = release.id();
        ReleaseTables t = h.attach(ReleaseTables.class);
        t.upsertDetails(rows.release());
        t.deleteTrackCredits(id);
        t.deleteTracks(id);
        t.deleteCredits(id);
        t.deleteLabels(id);
        t.deleteFormats(id);
        t.deleteIdentifiers(id);
        t.deleteGenres(id);
        t.deleteStyles(id);
        t.deleteImages(id);
        t.deleteVideos(id);
        t.insertCredits(id, rows.credits());
        t.insertTracks(id, rows.tracks());
        t.insertTrackCredits(id, rows.trackCredits());
        t.insertLabels(id, rows.labels());
        t.insertFormats(id, rows.formats());
        t.insertIdentifiers(id, rows.identifiers());
        insertGenresAndStyles(t, id, rows);
        t.insertImages(id, rows.images());
        t.insertVideos(id, rows.videos());
        rememberNames(t, rows);
        t.rememberArtists(rows.trackCredits().stream().filter(c -> c.artistId() > 0 && c.name() != null).toList());
        if (rawJson != null) {
            byte[] gzip = CompressedJson.pack(rawJson);
            t.putJson(id, gzip, rawJson.getBytes(StandardCharsets.UTF_8).length, now);
        }
        SearchIndex.reindex(h, id);
    }

    /**
     * Stores what a collection or wantlist page says about a release, inside the page's transaction:
     * enough for the pages to show it before its details are fetched. Details already stored win.
     */
    void writeListed(Handle h, DiscogsBasicInformation basic, String listedAt) {
        ReleaseTables t = h.attach(ReleaseTables.class);
        ReleaseRows rows = ReleaseMapping.rowsOf(basic, listedAt);
        t.upsertListed(rows.release());
        if (t.hasDetails(basic.id())) {
            return;
        }
        long id = basic.id();
        t.deleteMainCredits(id);
        t.deleteLabelCredits(id);
        t.deleteFormats(id);
        t.deleteGenres(id);
        t.deleteStyles(id);
        t.insertCredits(id, rows.credits());
        t.insertLabels(id, rows.labels());
        t.insertFormats(id, rows.formats());
        insertGenresAndStyles(t, id, rows);
        rememberNames(t, rows);
        SearchIndex.reindex(h, id);
    }

    /** Marks a release Discogs no longer serves (404) as looked at, so the queue does not ask every run. */
    public void markGone(long releaseId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE releases SET details_fetched_at = :now WHERE id = :id")
                .bind("now", Timestamps.format(clock.instant())).bind("id", releaseId).execute());
    }

    private static void insertGenresAndStyles(ReleaseTables t, long id, ReleaseRows rows) {
        t.insertGenres(id, positions(rows.genres()), rows.genres());
        t.insertStyles(id, positions(rows.styles()), rows.styles());
    }

    private static void rememberNames(ReleaseTables t, ReleaseRows rows) {
        t.rememberArtists(rows.credits().stream().filter(c -> c.artistId() > 0 && c.name() != null).toList());
        t.rememberLabels(rows.labels().stream().filter(l -> l.labelId() > 0 && l.name() != null).toList());
    }

    private static List<Integer> positions(List<?> list) {
        return IntStream.range(0, list.size()).boxed().toList();
    }
}
