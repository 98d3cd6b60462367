package app.spindle.prices;

import app.spindle.actions.AccountEdits;
import app.spindle.actions.Action;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Mirrors a want's target into its notes on Discogs when the user asked for it on Settings, through the
 * durable action queue like any other edit of a want (so it survives a restart and waits out an outage).
 */
public final class TargetNotes {
    private record Want(String notes, int rating) {
    }

    private final Jdbi jdbi;
    private final AccountEdits edits;

    public TargetNotes(Jdbi jdbi, AccountEdits edits) {
        this.jdbi = jdbi;
        this.edits = edits;
    }

    /**
     * Queues the want's notes with {@code line} as their target line (null: without one); nothing when the
     * notes would not change or the release is not wanted.
     */
    public Optional<Action> write(long releaseId, String line) {
        Optional<Want> want = jdbi.withHandle(h -> h.createQuery("SELECT notes, rating FROM wants WHERE release_id = :id")
                .bind("id", releaseId).map((rs, ctx) -> new Want(rs.getString("notes"), rs.getInt("rating"))).findOne());
        if (want.isEmpty()) {
            return Optional.empty();
        }
        String current = want.get().notes() == null ? "" : want.get().notes();
        String notes = TargetNote.apply(current, line);
        if (notes.equals(current)) {
            return Optional.empty();
        }
        return Optional.of(edits.editWant(releaseId, notes, want.get().rating()));
    }
}
