package app.spindle.actions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * One change to many records at once, chosen on the collection or wantlist page: it becomes one action per record
 * that it really changes (a copy already in the folder needs no request), all queued in one transaction.
 */
public final class BulkChange {
    /** More than this in one go is refused: at Discogs' 60 requests a minute it would take over a day. */
    public static final int MOST = 10_000;

    public enum Op {
        MOVE("move", "Move to a folder"),
        GRADE("grade", "Set media condition"),
        WANT("want", "Add to wantlist"),
        REMOVE("remove", "Remove from collection"),
        UNWANT("unwant", "Remove from wantlist");

        private final String param;
        private final String words;

        Op(String param, String words) {
            this.param = param;
            this.words = words;
        }

        public String param() {
            return param;
        }

        public String words() {
            return words;
        }

        public boolean onCollection() {
            return this != UNWANT;
        }

        public static Op of(String param) {
            for (Op op : values()) {
                if (op.param.equals(param)) {
                    return op;
                }
            }
            throw ActionRefused.invalid("Choose what to do with the selected records.");
        }
    }

    private final Jdbi jdbi;
    private final AccountEdits edits;

    public BulkChange(Jdbi jdbi, AccountEdits edits) {
        this.jdbi = jdbi;
        this.edits = edits;
    }

    private record Copy(long instanceId, long releaseId, long folderId, String media) {
    }

    /**
     * The actions {@code op} takes for these records (instance ids on the collection, release ids on the wantlist),
     * not yet queued. {@code value} is the folder id (move) or the media condition (grade).
     */
    public List<Action> plan(Op op, List<Long> keys, String value) {
        if (keys.size() > MOST) {
            throw ActionRefused.invalid("At most " + MOST + " records can be changed at once; narrow the selection.");
        }
        if (op == Op.UNWANT) {
            return edits.plan(e -> keys.forEach(e::removeWant));
        }
        List<Copy> copies = copies(keys);
        return switch (op) {
            case MOVE -> {
                long folder = folderOf(value);
                yield edits.plan(e -> copies.stream().filter(c -> c.folderId() != folder)
                        .forEach(c -> e.moveCopy(c.instanceId(), folder)));
            }
            case GRADE -> {
                int field = jdbi.onDemand(app.spindle.mirror.FolderRepository.class).fieldNamed("Media Condition").orElse(1);
                String grade = value == null ? "" : value.strip();
                yield edits.plan(e -> copies.stream().filter(c -> !grade.equals(c.media() == null ? "" : c.media()))
                        .forEach(c -> e.setField(c.instanceId(), field, grade)));
            }
            case WANT -> {
                Set<Long> wanted = Set.copyOf(jdbi.withHandle(h -> h.createQuery("SELECT release_id FROM wants")
                        .mapTo(Long.class).list()));
                Set<Long> releases = new LinkedHashSet<>();
                copies.stream().map(Copy::releaseId).filter(r -> !wanted.contains(r)).forEach(releases::add);
                yield edits.plan(e -> releases.forEach(e::addWant));
            }
            case REMOVE -> edits.plan(e -> copies.forEach(c -> e.removeCopy(c.instanceId())));
            case UNWANT -> throw new IllegalStateException();
        };
    }

    private List<Copy> copies(List<Long> instanceIds) {
        List<Copy> copies = new ArrayList<>(instanceIds.size());
        jdbi.useHandle(h -> {
            Map<Long, Copy> byId = new java.util.HashMap<>();
            h.createQuery("SELECT instance_id, release_id, folder_id, media_condition FROM collection_items")
                    .map((rs, ctx) -> new Copy(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                    .forEach(c -> byId.put(c.instanceId(), c));
            for (long id : instanceIds) {
                Copy copy = byId.get(id);
                if (copy == null) {
                    throw ActionRefused.unknown("There is no copy " + id + " in your collection.");
                }
                copies.add(copy);
            }
        });
        return copies;
    }

    private static long folderOf(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ActionRefused.invalid("Choose the folder to move the records to.");
        }
    }
}
