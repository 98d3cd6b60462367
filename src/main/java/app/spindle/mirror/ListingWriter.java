package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsBasicInformation;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsCollectionNote;
import app.spindle.discogs.model.DiscogsWant;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes collection and wantlist pages into the mirror, each page in one transaction, marking every
 * row with the sync run that listed it; after a complete listing the rows that run did not see are
 * removed ({@link #applyCompleteCollectionListing}). An interrupted listing therefore never deletes.
 */
public final class ListingWriter {
    // Discogs's default custom fields; used when the account's field list has not been fetched yet.
    private static final int DEFAULT_MEDIA_FIELD = 1;
    private static final int DEFAULT_SLEEVE_FIELD = 2;

    private final Jdbi jdbi;
    private final ReleaseWriter releases;
    private final Clock clock;
    private volatile PendingEdits pendingEdits = PendingEdits.NONE;

    public ListingWriter(Jdbi jdbi, ReleaseWriter releases, Clock clock) {
        this.jdbi = jdbi;
        this.releases = releases;
        this.clock = clock;
    }

    /** From now on every listing page is followed, in its transaction, by these unconfirmed edits. */
    public void keepPendingEdits(PendingEdits edits) {
        this.pendingEdits = edits;
    }

    /**
     * Stores one page of collection items.
     *
     * @param runId the sync run listing them, or null for a single item written by a user action
     * @return how many of the copies were new to the mirror
     */
    public int writeCollectionPage(Long runId, List<DiscogsCollectionItem> items) {
        if (items.isEmpty()) {
            return 0;
        }
        String now = Timestamps.format(clock.instant());
        return jdbi.inTransaction(h -> {
            Long listedBy = runId != null ? runId : runningRun(h);
            CollectionRepository collection = h.attach(CollectionRepository.class);
            FolderRepository folders = h.attach(FolderRepository.class);
            int mediaField = folders.fieldNamed("Media Condition").orElse(DEFAULT_MEDIA_FIELD);
            int sleeveField = folders.fieldNamed("Sleeve Condition").orElse(DEFAULT_SLEEVE_FIELD);
            Set<Long> known = new HashSet<>(collection.existing(
                    items.stream().map(DiscogsCollectionItem::instanceId).toList()));
            try (KeptStatements statements = new KeptStatements(h)) {
                ReleaseTables releaseTables = new ReleaseTables(statements);
                ListingTables listed = new ListingTables(statements);
                writeListedReleases(releaseTables, items, DiscogsCollectionItem::basicInformation,
                        DiscogsCollectionItem::id, now);
                for (DiscogsCollectionItem item : items) {
                    ListedKeys keys = item.basicInformation() == null ? ListedKeys.none() : ListedKeys.of(item.basicInformation());
                    listed.upsertCopy(new CollectionItemRow(item.instanceId(), item.id(), item.folderId(), item.rating(),
                            item.dateAdded(), Timestamps.fromDiscogs(item.dateAdded()),
                            noteValue(item.notes(), mediaField), noteValue(item.notes(), sleeveField),
                            keys, listedBy));
                    listed.replaceFieldValues(item.instanceId(),
                            item.notes().stream().map(DiscogsCollectionNote::fieldId).toList(),
                            item.notes().stream().map(DiscogsCollectionNote::value).toList());
                }
            }
            pendingEdits.reapply(h);
            return (int) items.stream().filter(i -> !known.contains(i.instanceId())).count();
        });
    }

    /** Stores one page of wants; returns how many were new to the mirror. */
    public int writeWantsPage(Long runId, List<DiscogsWant> wants) {
        if (wants.isEmpty()) {
            return 0;
        }
        String now = Timestamps.format(clock.instant());
        return jdbi.inTransaction(h -> {
            Long listedBy = runId != null ? runId : runningRun(h);
            WantRepository repo = h.attach(WantRepository.class);
            Set<Long> known = new HashSet<>(repo.existing(wants.stream().map(DiscogsWant::id).toList()));
            try (KeptStatements statements = new KeptStatements(h)) {
                ReleaseTables releaseTables = new ReleaseTables(statements);
                ListingTables listed = new ListingTables(statements);
                writeListedReleases(releaseTables, wants, DiscogsWant::basicInformation, DiscogsWant::id, now);
                for (DiscogsWant want : wants) {
                    ListedKeys keys = want.basicInformation() == null ? ListedKeys.none() : ListedKeys.of(want.basicInformation());
                    listed.upsertWant(new WantRow(want.id(), want.rating(), want.dateAdded(),
                            Timestamps.fromDiscogs(want.dateAdded()), want.notes(), keys, listedBy));
                }
            }
            pendingEdits.reapply(h);
            return (int) wants.stream().filter(w -> !known.contains(w.id())).count();
        });
    }

    /**
     * A user action while a sync's listing runs: the item counts as listed by that run, or the run's
     * sweep would remove what the user just added (the listing may have passed its page already).
     */
    private static Long runningRun(Handle h) {
        return h.createQuery("SELECT max(id) FROM sync_runs WHERE outcome = 'running'").mapTo(Long.class).findOne().orElse(null);
    }

    /** Removes the copies that the complete listing of run {@code runId} did not see; returns how many. */
    public int applyCompleteCollectionListing(long runId) {
        return jdbi.inTransaction(h -> h.attach(CollectionRepository.class).removeNotListedBy(runId));
    }

    /** Removes the wants that the complete listing of run {@code runId} did not see; returns how many. */
    public int applyCompleteWantsListing(long runId) {
        return jdbi.inTransaction(h -> h.attach(WantRepository.class).removeNotListedBy(runId));
    }

    /**
     * Writes the release rows a page's entries carry (before their copies or wants, which refer to them), then the
     * full-text rows of the releases whose rows were rewritten, together.
     */
    private <T> void writeListedReleases(ReleaseTables releaseTables, List<T> entries,
            Function<T, DiscogsBasicInformation> basicOf, ToLongFunction<T> releaseIdOf, String now) {
        SortedSet<Long> rewritten = new TreeSet<>();
        for (T entry : entries) {
            DiscogsBasicInformation basic = basicOf.apply(entry);
            if (basic == null) {
                releaseTables.upsertBare(releaseIdOf.applyAsLong(entry), now);
            } else if (releases.writeListed(releaseTables, basic, now)) {
                rewritten.add(basic.id());
            }
        }
        releaseTables.reindexAll(rewritten);
    }

    private static String noteValue(List<DiscogsCollectionNote> notes, int fieldId) {
        return notes.stream().filter(n -> n.fieldId() == fieldId).map(DiscogsCollectionNote::value)
                .findFirst().orElse(null);
    }
}
