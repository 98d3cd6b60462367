package app.spindle.actions;

import app.spindle.mirror.FolderRepository;
import app.spindle.mirror.PendingEdits;
import org.jdbi.v3.core.Handle;

/**
 * What an action changes in the mirror, applied as soon as it is queued so that pages show it at once,
 * and laid again over every listing page the sync writes while the action is pending. Each edit sets a
 * value rather than changing one, so applying it twice is the same as once. Additions (a want, a copy, a
 * folder) wait for Discogs' answer: only Discogs knows the new copy's or folder's id.
 */
final class LocalEdits implements PendingEdits {
    private static final int DEFAULT_MEDIA_FIELD = 1;
    private static final int DEFAULT_SLEEVE_FIELD = 2;

    @Override
    public void reapply(Handle h) {
        h.attach(ActionStore.class).pending().forEach(action -> apply(h, action));
    }

    void apply(Handle h, Action a) {
        switch (a.kind()) {
            case EDIT_WANT -> h.createUpdate("UPDATE wants SET notes = :notes, rating = :rating WHERE release_id = :id")
                    .bind("notes", a.text()).bind("rating", a.rating()).bind("id", a.releaseId()).execute();
            case REMOVE_WANT -> h.createUpdate("DELETE FROM wants WHERE release_id = :id").bind("id", a.releaseId()).execute();
            case REMOVE_COPY -> h.createUpdate("DELETE FROM collection_items WHERE instance_id = :id")
                    .bind("id", a.instanceId()).execute();
            case RATE_COPY -> h.createUpdate("UPDATE collection_items SET rating = :rating WHERE instance_id = :id")
                    .bind("rating", a.rating()).bind("id", a.instanceId()).execute();
            case MOVE_COPY -> h.createUpdate("UPDATE collection_items SET folder_id = :folder WHERE instance_id = :id")
                    .bind("folder", a.toFolderId()).bind("id", a.instanceId()).execute();
            case SET_FIELD -> setField(h, a);
            case RENAME_FOLDER -> h.createUpdate("UPDATE collection_folders SET name = :name WHERE id = :id")
                    .bind("name", a.text()).bind("id", a.folderId()).execute();
            case DELETE_FOLDER -> h.createUpdate("DELETE FROM collection_folders WHERE id = :id AND item_count = 0")
                    .bind("id", a.folderId()).execute();
            case ADD_WANT, ADD_COPY, CREATE_FOLDER -> { }
        }
    }

    /** Keeps a folder's count right when a copy leaves or joins it before the next listing recounts. */
    static void countMove(Handle h, Long from, Long to) {
        String update = "UPDATE collection_folders SET item_count = max(0, item_count + :delta) WHERE id = :id";
        if (from != null) {
            h.createUpdate(update).bind("delta", -1).bind("id", from).execute();
        }
        if (to != null) {
            h.createUpdate(update).bind("delta", 1).bind("id", to).execute();
        }
    }

    private static void setField(Handle h, Action a) {
        String value = a.text() == null || a.text().isEmpty() ? null : a.text();
        if (value == null) {
            h.createUpdate("DELETE FROM collection_item_fields WHERE instance_id = :id AND field_id = :field")
                    .bind("id", a.instanceId()).bind("field", a.fieldId()).execute();
        } else {
            h.createUpdate("""
                    INSERT INTO collection_item_fields (instance_id, field_id, value)
                    SELECT instance_id, :field, :value FROM collection_items WHERE instance_id = :id
                    ON CONFLICT (instance_id, field_id) DO UPDATE SET value = excluded.value
                    """).bind("id", a.instanceId()).bind("field", a.fieldId()).bind("value", value).execute();
        }
        FolderRepository folders = h.attach(FolderRepository.class);
        String column = null;
        if (a.fieldId() == folders.fieldNamed("Media Condition").orElse(DEFAULT_MEDIA_FIELD)) {
            column = "media_condition";
        } else if (a.fieldId() == folders.fieldNamed("Sleeve Condition").orElse(DEFAULT_SLEEVE_FIELD)) {
            column = "sleeve_condition";
        }
        if (column != null) {
            h.createUpdate("UPDATE collection_items SET " + column + " = :value WHERE instance_id = :id")
                    .bind("value", value).bind("id", a.instanceId()).execute();
        }
    }
}
