package app.spindle.web;

import app.spindle.sync.SyncStatus.Phase;
import app.spindle.sync.SyncStatus.State;

/** The JSON shape of {@code GET /api/status}, fixed by DESIGN.md. */
public record ApiStatus(String version, Account account, Sync sync, Counts counts, Api api, Storage database) {

    public record Account(String username, boolean connected) {
    }

    /** state: idle | running | failed | disconnected; etaSeconds (beyond DESIGN.md's fields) is null until a rate is known. */
    public record Sync(State state, Phase phase, long done, long total, String lastSuccessAt, String lastError,
                       Long etaSeconds) {
        public boolean running() {
            return state == State.RUNNING;
        }

        /** "about 3 minutes left", or null. */
        public String etaWords() {
            if (etaSeconds == null || state != State.RUNNING) {
                return null;
            }
            if (etaSeconds < 90) {
                return "about " + Math.max(1, etaSeconds) + " seconds left";
            }
            if (etaSeconds < 90 * 60) {
                return "about " + Math.round(etaSeconds / 60.0) + " minutes left";
            }
            return "about " + Math.round(etaSeconds / 3600.0) + " hours left";
        }
    }

    public record Counts(long collection, long wantlist, long releases, long tracks) {
    }

    public record Api(long requests, long rateLimited, int limit, int remaining) {
    }

    /** Beyond DESIGN.md's fields: state ok | damaged, and what to do when damaged. */
    public record Storage(String state, String problem) {
        public static final Storage OK = new Storage("ok", null);
    }
}
