package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsBasicInformation;
import app.spindle.discogs.model.DiscogsRelease;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
        jdbi.useHandle(h -> {
            try (Session one = session(h)) {
                one.writeDetails(release, rawJson);
            }
        });
    }

    /**
     * Writes many releases on {@code h}'s connection, each in a transaction of its own as {@link #writeDetails}
     * does, with the statements prepared once for all of them (the sync's details phase). Close it before the handle.
     */
    public Session session(Handle h) {
        return new Session(h);
    }

    /** Releases written one transaction each on one connection, through statements kept for it. */
    public final class Session implements AutoCloseable {
        private final Handle h;
        private final KeptStatements statements;
        private final ReleaseTables t;

        private Session(Handle h) {
            this.h = h;
            this.statements = new KeptStatements(h);
            this.t = new ReleaseTables(statements);
        }

        /** {@link ReleaseWriter#writeDetails}, on this session's connection. */
        public void writeDetails(DiscogsRelease release, String rawJson) {
            h.useTransaction(tx -> write(release, rawJson));
        }

        /** Marks a release Discogs no longer serves (404) as looked at, so the queue does not ask every run. */
        public void markGone(long releaseId) {
            statements.update("UPDATE releases SET details_fetched_at = ? WHERE id = ?",
                    Timestamps.format(clock.instant()), releaseId);
        }

        private void write(DiscogsRelease release, String rawJson) {
            String now = Timestamps.format(clock.instant());
            ReleaseRows rows = ReleaseMapping.rowsOf(release, now);
            long id = release.id();
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
            t.insertGenres(id, rows.genres());
            t.insertStyles(id, rows.styles());
            t.insertImages(id, rows.images());
            t.insertVideos(id, rows.videos());
            rememberNames(t, rows);
            t.rememberArtists(rows.trackCredits());
            if (rawJson != null) {
                byte[] gzip = CompressedJson.pack(rawJson);
                t.putJson(id, gzip, rawJson.getBytes(StandardCharsets.UTF_8).length, now);
            }
            t.reindex(id);
        }

        @Override
        public void close() {
            statements.close();
        }
    }

    /**
     * Stores what a collection or wantlist page says about a release, inside the page's transaction:
     * enough for the pages to show it before its details are fetched. Details already stored win.
     *
     * @return whether the release's rows were rewritten, so that its full-text rows must be too
     *     ({@link ReleaseTables#reindexAll}, once for the page)
     */
    boolean writeListed(ReleaseTables t, DiscogsBasicInformation basic, String listedAt) {
        ReleaseRows rows = ReleaseMapping.rowsOf(basic, listedAt);
        t.upsertListed(rows.release());
        if (t.hasDetails(basic.id())) {
            return false;
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
        t.insertGenres(id, rows.genres());
        t.insertStyles(id, rows.styles());
        rememberNames(t, rows);
        return true;
    }

    /** Marks a release Discogs no longer serves (404) as looked at, so the queue does not ask every run. */
    public void markGone(long releaseId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE releases SET details_fetched_at = :now WHERE id = :id")
                .bind("now", Timestamps.format(clock.instant())).bind("id", releaseId).execute());
    }

    private static void rememberNames(ReleaseTables t, ReleaseRows rows) {
        t.rememberArtists(rows.credits());
        t.rememberLabels(rows.labels());
    }
}
