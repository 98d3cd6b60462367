package app.spindle.actions;

import app.spindle.mirror.CollectionItemRow;
import app.spindle.mirror.CollectionRepository;
import app.spindle.mirror.FieldRow;
import app.spindle.mirror.FolderRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The changes a person can make to their Discogs account, each checked against the mirror, described in
 * words, and put in the {@link ActionQueue}. Copies are named by instance id; the folder a copy's action
 * names is the one it will be in on Discogs when the action's turn comes (earlier queued moves included).
 */
public final class AccountEdits {
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_FOLDER_NAME = 200;

    private final Jdbi jdbi;
    private final ActionQueue queue;
    private final UnaryOperator<Action> sink;

    public AccountEdits(Jdbi jdbi, ActionQueue queue) {
        this(jdbi, queue, queue::submit);
    }

    private AccountEdits(Jdbi jdbi, ActionQueue queue, UnaryOperator<Action> sink) {
        this.jdbi = jdbi;
        this.queue = queue;
        this.sink = sink;
    }

    /** The actions {@code edits} would queue, checked and described but not queued: what a bulk change will take. */
    public List<Action> plan(Consumer<AccountEdits> edits) {
        List<Action> planned = new ArrayList<>();
        // One handle for all the checks: Jdbi hands it to every nested call on this thread.
        jdbi.useHandle(h -> edits.accept(new AccountEdits(jdbi, queue, action -> {
            planned.add(action);
            return action;
        })));
        return planned;
    }

    /** Queues what {@link #plan} planned, all in one transaction. */
    public List<Action> submitAll(List<Action> planned) {
        return queue.submitAll(planned);
    }

    public ActionQueue queue() {
        return queue;
    }

    /** Adds a want as Discogs' "Add to wantlist" does: an existing want keeps its notes and rating. */
    public Action addWant(long releaseId) {
        return submit(ActionKind.ADD_WANT, releaseId, null, null, null, null, null, null,
                "Add " + title(releaseId) + " to the wantlist");
    }

    public Action addWant(long releaseId, String notes, int rating) {
        checkRating(rating);
        return submit(ActionKind.ADD_WANT, releaseId, null, null, null, null, rating, text(notes),
                "Add " + title(releaseId) + " to the wantlist");
    }

    public Action editWant(long releaseId, String notes, int rating) {
        checkRating(rating);
        requireWant(releaseId);
        return submit(ActionKind.EDIT_WANT, releaseId, null, null, null, null, rating, text(notes),
                "Change the want " + title(releaseId) + (rating > 0 ? " (" + stars(rating) + ")" : ""));
    }

    public Action removeWant(long releaseId) {
        requireWant(releaseId);
        return submit(ActionKind.REMOVE_WANT, releaseId, null, null, null, null, null, null,
                "Remove " + title(releaseId) + " from the wantlist");
    }

    public Action addCopy(long releaseId, long folderId) {
        if (folderId == 0) {
            throw ActionRefused.invalid("Copies go into a folder of their own; \"All\" only lists them.");
        }
        return submit(ActionKind.ADD_COPY, releaseId, null, folderId, null, null, null, null,
                "Add a copy of " + title(releaseId) + " to " + folderName(folderId));
    }

    /** What the copy holds now, read before removing it so that Undo can put it back as it was. */
    public CopyValues copyValues(long instanceId) {
        Copy copy = copy(instanceId);
        CollectionRepository copies = jdbi.onDemand(CollectionRepository.class);
        int rating = copies.item(instanceId).map(CollectionItemRow::rating).orElse(0);
        return new CopyValues(copy.releaseId(), copy.folderId(), rating, copies.fieldValues(instanceId));
    }

    /** Undo of a removal: a new copy in the same folder with the same rating and field values (Discogs gives it a new id). */
    public Action restoreCopy(CopyValues values) {
        checkRating(values.rating());
        if (values.folderId() == 0) {
            throw ActionRefused.invalid("Copies go into a folder of their own; \"All\" only lists them.");
        }
        List<FieldRow> known = jdbi.onDemand(FolderRepository.class).fields();
        Map<Integer, String> fields = new TreeMap<>();
        values.fields().forEach((id, value) -> {
            FieldRow field = known.stream().filter(f -> f.id() == id).findFirst()
                    .orElseThrow(() -> ActionRefused.unknown("Your collection has no field " + id + "."));
            String stored = text(value);
            if (!stored.isEmpty()) {
                checkOption(field, stored);
                fields.put(id, stored);
            }
        });
        return submit(ActionKind.ADD_COPY, values.releaseId(), null, values.folderId(), null, null, values.rating(),
                CopyValues.encode(fields), "Put back a copy of " + title(values.releaseId()) + " in " + folderName(values.folderId()));
    }

    public Action removeCopy(long instanceId) {
        Copy copy = copy(instanceId);
        return submit(ActionKind.REMOVE_COPY, copy.releaseId(), instanceId, copy.folderId(), null, null, null, null,
                "Remove a copy of " + title(copy.releaseId()) + " from the collection");
    }

    public Action rateCopy(long instanceId, int rating) {
        checkRating(rating);
        Copy copy = copy(instanceId);
        return submit(ActionKind.RATE_COPY, copy.releaseId(), instanceId, copy.folderId(), null, null, rating, null,
                rating == 0 ? "Clear the rating of " + title(copy.releaseId())
                        : "Rate " + title(copy.releaseId()) + " " + stars(rating));
    }

    public Action moveCopy(long instanceId, long toFolderId) {
        if (toFolderId == 0) {
            throw ActionRefused.invalid("A copy cannot be moved to \"All\": pick one of your folders.");
        }
        Copy copy = copy(instanceId);
        String folder = folderName(toFolderId);
        return submit(ActionKind.MOVE_COPY, copy.releaseId(), instanceId, copy.folderId(), toFolderId, null, null, null,
                "Move " + title(copy.releaseId()) + " to " + folder);
    }

    public Action setField(long instanceId, int fieldId, String value) {
        Copy copy = copy(instanceId);
        String stored = text(value);
        FieldRow field = jdbi.onDemand(FolderRepository.class).fields().stream().filter(f -> f.id() == fieldId)
                .findFirst().orElseThrow(() -> ActionRefused.unknown("Your collection has no field " + fieldId + "."));
        if (!stored.isEmpty()) {
            checkOption(field, stored);
        }
        return submit(ActionKind.SET_FIELD, copy.releaseId(), instanceId, copy.folderId(), null, fieldId, null, stored,
                (stored.isEmpty() ? "Clear " + field.name() + " of " : "Set " + field.name() + " of ")
                        + title(copy.releaseId()) + (stored.isEmpty() ? "" : " to " + shortened(stored)));
    }

    public Action createFolder(String name) {
        String folder = folderNameOf(name);
        return submit(ActionKind.CREATE_FOLDER, null, null, null, null, null, null, folder, "Create the folder " + folder);
    }

    public Action renameFolder(long folderId, String name) {
        requireUserFolder(folderId);
        String folder = folderNameOf(name);
        return submit(ActionKind.RENAME_FOLDER, null, null, folderId, null, null, null, folder,
                "Rename " + folderName(folderId) + " to " + folder);
    }

    public Action deleteFolder(long folderId) {
        requireUserFolder(folderId);
        long copies = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM collection_items WHERE folder_id = :id")
                .bind("id", folderId).mapTo(Long.class).one());
        if (copies > 0) {
            throw ActionRefused.invalid(folderName(folderId) + " still holds " + copies
                    + (copies == 1 ? " copy" : " copies") + ": Discogs deletes only empty folders.");
        }
        return submit(ActionKind.DELETE_FOLDER, null, null, folderId, null, null, null, null,
                "Delete the folder " + folderName(folderId));
    }

    private Action submit(ActionKind kind, Long releaseId, Long instanceId, Long folderId, Long toFolderId,
                          Integer fieldId, Integer rating, String text, String label) {
        return sink.apply(Action.request(kind, releaseId, instanceId, folderId, toFolderId, fieldId, rating, text, label));
    }

    private record Copy(long releaseId, long folderId) {
    }

    private Copy copy(long instanceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT release_id, folder_id FROM collection_items WHERE instance_id = :id")
                .bind("id", instanceId).map((rs, ctx) -> new Copy(rs.getLong("release_id"), rs.getLong("folder_id")))
                .findOne()).orElseThrow(() -> ActionRefused.unknown("There is no copy " + instanceId + " in your collection."));
    }

    private void requireWant(long releaseId) {
        boolean wanted = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM wants WHERE release_id = :id")
                .bind("id", releaseId).mapTo(Integer.class).one()) > 0;
        if (!wanted) {
            throw ActionRefused.unknown("Release " + releaseId + " is not on your wantlist.");
        }
    }

    private void requireUserFolder(long folderId) {
        if (folderId == 0 || folderId == 1) {
            throw ActionRefused.invalid("\"All\" and \"Uncategorized\" are Discogs' own folders: they cannot be renamed or deleted.");
        }
        folderName(folderId);
    }

    /** "Artist – Title" in quotes, or the release number when the mirror does not know the release. */
    private String title(long releaseId) {
        Optional<String> known = jdbi.withHandle(h -> h.createQuery(
                        "SELECT artist_credit, title FROM releases WHERE id = :id AND title <> ''")
                .bind("id", releaseId).map((rs, ctx) -> {
                    String artist = rs.getString("artist_credit");
                    return (artist == null || artist.isBlank() ? "" : artist + " – ") + rs.getString("title");
                }).findOne());
        return known.map(t -> "\u201c" + t + "\u201d").orElse("release " + releaseId);
    }

    private String folderName(long folderId) {
        return jdbi.withHandle(h -> folderName(h, folderId))
                .orElseThrow(() -> ActionRefused.unknown("There is no folder " + folderId + " in your collection."));
    }

    private static Optional<String> folderName(Handle h, long folderId) {
        return h.createQuery("SELECT name FROM collection_folders WHERE id = :id").bind("id", folderId)
                .mapTo(String.class).findOne().map(name -> "\u201c" + name + "\u201d");
    }

    private static String folderNameOf(String name) {
        String folder = name == null ? "" : name.strip();
        if (folder.isEmpty()) {
            throw ActionRefused.invalid("A folder needs a name.");
        }
        if (folder.length() > MAX_FOLDER_NAME) {
            throw ActionRefused.invalid("A folder name can be at most " + MAX_FOLDER_NAME + " characters long.");
        }
        return folder;
    }

    private static String text(String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_TEXT) {
            throw ActionRefused.invalid("Text can be at most " + MAX_TEXT + " characters long.");
        }
        return text;
    }

    private static void checkOption(FieldRow field, String value) {
        if (field.isDropdown() && !field.optionList().contains(value)) {
            throw ActionRefused.invalid(field.name() + " is one of " + String.join(", ", field.optionList()) + ".");
        }
    }

    private static void checkRating(int rating) {
        if (rating < 0 || rating > 5) {
            throw ActionRefused.invalid("A rating goes from 0 (none) to 5 stars.");
        }
    }

    private static String stars(int rating) {
        return "★".repeat(rating) + "☆".repeat(5 - rating);
    }

    private static String shortened(String value) {
        return "\u201c" + (value.length() > 40 ? value.substring(0, 39) + "…" : value) + "\u201d";
    }
}
