package app.spindle.mirror;

import org.jdbi.v3.core.Handle;

/**
 * Edits the user made that Discogs has not confirmed yet. A listing page written by the sync carries
 * Discogs' older state; these are laid over it again in the same transaction, so the page keeps showing
 * what the user asked for until Discogs confirms it.
 */
public interface PendingEdits {
    void reapply(Handle handle);

    PendingEdits NONE = handle -> { };
}
