package app.spindle.actions;

/**
 * One write to Discogs as the queue keeps it. Which fields matter depends on the kind: a copy's actions
 * name release, instance and the folder the copy is in on Discogs when the action goes; a want's name the
 * release; a folder's name the folder. {@code text} is the notes, a field's value or a folder's name.
 */
public record Action(
        long id,
        ActionKind kind,
        Long releaseId,
        Long instanceId,
        Long folderId,
        Long toFolderId,
        Integer fieldId,
        Integer rating,
        String text,
        String label,
        ActionState state,
        int attempts,
        String createdAt,
        String sentAt,
        String finishedAt,
        String knownIds,
        Long resultId,
        String error) {

    /** A new action, not yet stored. */
    static Action request(ActionKind kind, Long releaseId, Long instanceId, Long folderId, Long toFolderId,
                          Integer fieldId, Integer rating, String text, String label) {
        return new Action(0, kind, releaseId, instanceId, folderId, toFolderId, fieldId, rating, text, label,
                ActionState.PENDING, 0, null, null, null, null, null, null);
    }

    public boolean isPending() {
        return state == ActionState.PENDING;
    }

    /** Whether a request for it may already have reached Discogs. */
    public boolean maybeSent() {
        return sentAt != null;
    }

    public String kindColumn() {
        return kind.column();
    }

    public String stateColumn() {
        return state.column();
    }
}
