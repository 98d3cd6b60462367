package app.spindle.web;

import app.spindle.sync.SyncStatus;

import java.time.Instant;

/** The status partial: figures plus the links its polling needs. */
public record StatusPanel(ApiStatus status, Urls urls) {
    /**
     * "1 record in your collection · 3 wanted · 4 releases and 12 tracks stored": records and wants are
     * counted as on Stats and the lists; the stored releases also hold wanted and browsed ones.
     */
    public String mirrored() {
        ApiStatus.Counts c = status.counts();
        return Counted.of(c.collection(), "record", "records") + " in your collection · "
                + Counted.grouped(c.wantlist()) + " wanted · " + Counted.of(c.releases(), "release", "releases")
                + " and " + Counted.of(c.tracks(), "track", "tracks") + " stored";
    }

    /** When the last sync succeeded, in words; null when none has. */
    public Moment lastSuccess() {
        return Moment.of(status.sync().lastSuccessAt(), Instant.now());
    }

    public String apiUse() {
        return Counted.of(status.api().requests(), "request", "requests") + " · "
                + Counted.grouped(status.api().rateLimited()) + " rate-limited";
    }

    /** "idle", or "running · details 120/600". */
    public String syncWords() {
        ApiStatus.Sync sync = status.sync();
        return sync.state().word() + (sync.phase() == null ? "" : " · " + sync.phase().word() + " " + sync.done() + "/" + sync.total());
    }

    private String phaseWords() {
        return status.sync().phase() == null ? "" : ": " + status.sync().phase().word();
    }

    /** For the page's live region: the state, phase and rough progress, so that polling does not chatter. */
    public String announcement() {
        ApiStatus.Sync sync = status.sync();
        if (sync.state() == SyncStatus.State.DISCONNECTED) {
            return "Not connected to Discogs.";
        }
        if (!sync.running()) {
            return "Sync " + sync.state().word() + ".";
        }
        return "Sync running" + phaseWords()
                + LiveRegion.roughly(sync.done(), sync.total()) + ".";
    }
}
