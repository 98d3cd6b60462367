package app.spindle.sync;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A snapshot of the sync for pages and {@code /api/status}. {@code etaSeconds} is null until a rate is
 * known; {@code lastError} is in plain words, never a token.
 */
public record SyncStatus(
        State state,
        Phase phase,
        long done,
        long total,
        long requests,
        Long etaSeconds,
        String startedAt,
        String lastSuccessAt,
        String lastError) {

    public enum State {
        IDLE, RUNNING, FAILED, DISCONNECTED;

        /** The lower-case word of {@code /api/status}. */
        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The phases of a run, in their order (DESIGN.md, "A sync run"). */
    public enum Phase {
        STARTING, IDENTITY, PROBE, COLLECTION, WANTLIST, DETAILS, IMAGES;

        /** The lower-case word of {@code /api/status} and the pages. */
        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static SyncStatus idle(String lastSuccessAt) {
        return new SyncStatus(State.IDLE, null, 0, 0, 0, null, null, lastSuccessAt, null);
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
