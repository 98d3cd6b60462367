package app.spindle.actions;

import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.discogs.model.DiscogsWant;

/** How one attempt at an action ended. */
sealed interface Outcome {

    /** Discogs has it. What Discogs answered with (a new copy, want or folder), when it did, goes into the mirror. */
    record Done(Long resultId, String note, DiscogsCollectionItem copy, DiscogsWant want, DiscogsFolder folder)
            implements Outcome {
        static Done plain() {
            return new Done(null, null, null, null, null);
        }

        static Done noted(String note) {
            return new Done(null, note, null, null, null);
        }
    }

    /** It cannot go now (Discogs unreachable, 5xx, 429, credentials refused): it stays pending and goes again later. */
    record Wait(Why why) implements Outcome {
        /** What the queue shows the user while it waits. */
        String reason() {
            return why.reason;
        }
    }

    /** Why an action waits. */
    enum Why {
        DISCONNECTED("Discogs refused Spindle's credentials: reconnect in Settings, then it goes."),
        SLOWED_DOWN("Discogs asked Spindle to slow down; it goes in a moment."),
        UNREADABLE("Discogs sent an answer Spindle could not read; trying again."),
        UNREACHABLE("Discogs cannot be reached just now; it goes as soon as Discogs answers.");

        private final String reason;

        Why(String reason) {
            this.reason = reason;
        }
    }

    /** Discogs will not do it (the copy or folder is gone, the folder is not empty …): the user retries or dismisses. */
    record Failed(String reason) implements Outcome {
    }
}
