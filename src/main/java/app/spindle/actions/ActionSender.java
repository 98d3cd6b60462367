package app.spindle.actions;

import app.spindle.mirror.DatabaseHealth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.Priority;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.mirror.ListingWriter;
import app.spindle.mirror.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that empties the queue, oldest action first. Each action is marked as possibly sent
 * before its request goes, marked done (and written into the mirror) only after Discogs confirmed it, and
 * left pending with a reason when it cannot go now; then the sender waits, longer each time, and tries the
 * same action again, so later actions never overtake an earlier one.
 */
public final class ActionSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ActionSender.class);
    private static final int UNREADABLE_ANSWERS_BEFORE_GIVING_UP = 5;

    private final Jdbi jdbi;
    private final Runnable afterRefusal;
    private final ActionQueue queue;
    private final DiscogsWrites writes;
    private final ListingWriter listings;
    private final BooleanSupplier connected;
    private final Clock clock;
    private final Duration firstPause;
    private final Duration longestPause;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param firstPause   the wait after an attempt that could not go, doubled each time up to {@code longestPause}
     * @param connected    false while no account is connected or the credentials need reconnecting: nothing is sent
     */
    public ActionSender(Jdbi jdbi, ActionQueue queue, DiscogsClient discogs, ListingWriter listings,
                        BooleanSupplier connected, Clock clock, Duration firstPause, Duration longestPause) {
        this(jdbi, queue, discogs, listings, connected, clock, firstPause, longestPause, () -> { });
    }

    /** {@code afterRefusal} runs when Discogs refused an action: a sync then lists everything to undo it locally. */
    public ActionSender(Jdbi jdbi, ActionQueue queue, DiscogsClient discogs, ListingWriter listings,
                        BooleanSupplier connected, Clock clock, Duration firstPause, Duration longestPause,
                        Runnable afterRefusal) {
        this.afterRefusal = afterRefusal;
        this.jdbi = jdbi;
        this.queue = queue;
        this.writes = new DiscogsWrites(discogs.withPriority(Priority.INTERACTIVE));
        this.listings = listings;
        this.connected = connected;
        this.clock = clock;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.thread = new Thread(this::run, "discogs-actions");
        thread.setDaemon(true);
    }

    public ActionSender start() {
        thread.start();
        return this;
    }

    private void run() {
        Duration pause = firstPause;
        while (!closed) {
            try {
                long signals = queue.workSignals();
                Optional<Action> head = jdbi.onDemand(ActionStore.class).head();
                if (head.isEmpty() || !connected.getAsBoolean()) {
                    queue.awaitWork(signals, longestPause);
                    continue;
                }
                if (sendOne(head.get()) instanceof Outcome.Wait) {
                    queue.awaitWork(signals, pause);
                    pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
                } else {
                    pause = firstPause;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A storage problem: nothing is lost (the action is still pending), so wait and try again.
                if (DatabaseHealth.damage(e).isPresent()) {
                    log.debug("The action queue waits: the database file is damaged"); // said once, by DatabaseHealth
                } else {
                    log.warn("The action queue could not go on: {}", e.getMessage());
                }
                try {
                    queue.awaitWork(queue.workSignals(), longestPause);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private Outcome sendOne(Action action) {
        ActionStore store = jdbi.onDemand(ActionStore.class);
        Action current = action;
        if (current.knownIds() == null && current.kind().createsSomething()) {
            try {
                String known = writes.knownIds(current, store.createdBy(current.kindColumn(), current.releaseId()));
                store.markSending(current.id(), now(), known);
            } catch (DiscogsException e) {
                return settle(current, writes.outcomeOf(e, current));
            }
        } else {
            store.markSending(current.id(), now(), null);
        }
        Action sending = store.find(current.id()).orElseThrow();
        // The first attempt of a creating action goes straight to Discogs: only a repeat checks first.
        Action asSent = current.maybeSent() ? sending : withoutSending(sending);
        return settle(sending, writes.send(asSent, known(sending)));
    }

    /** The action as on its first attempt, which goes straight to Discogs without looking first. */
    private static Action withoutSending(Action a) {
        return new Action(a.id(), a.kind(), a.releaseId(), a.instanceId(), a.folderId(), a.toFolderId(), a.fieldId(),
                a.rating(), a.text(), a.label(), a.state(), a.attempts(), a.createdAt(), null, a.finishedAt(),
                a.knownIds(), a.resultId(), a.error());
    }

    private Outcome settle(Action action, Outcome outcome) {
        ActionStore store = jdbi.onDemand(ActionStore.class);
        if (outcome instanceof Outcome.Done done) {
            if (done.copy() != null) {
                listings.writeCollectionPage(null, List.of(done.copy()));
            }
            if (done.want() != null) {
                listings.writeWantsPage(null, List.of(done.want()));
            }
            if (done.folder() != null) {
                addFolder(done.folder());
            }
            store.markDone(action.id(), now(), done.resultId(), done.note());
        } else if (outcome instanceof Outcome.Failed failed) {
            store.markFailed(action.id(), now(), failed.reason());
            afterRefusal.run();
        } else if (outcome instanceof Outcome.Wait wait) {
            if (action.attempts() >= UNREADABLE_ANSWERS_BEFORE_GIVING_UP && wait.why() == Outcome.Why.UNREADABLE) {
                store.markFailed(action.id(), now(), wait.reason());
                queue.settled();
                return new Outcome.Failed(wait.reason());
            }
            store.markWaiting(action.id(), wait.reason());
        }
        queue.settled();
        return outcome;
    }

    private void addFolder(DiscogsFolder folder) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO collection_folders (id, name, item_count) VALUES (:id, :name, :count)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name
                """).bind("id", folder.id()).bind("name", folder.name()).bind("count", folder.count()).execute());
    }

    private static Set<Long> known(Action a) {
        if (a.knownIds() == null || a.knownIds().isBlank()) {
            return Set.of();
        }
        return Arrays.stream(a.knownIds().split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
