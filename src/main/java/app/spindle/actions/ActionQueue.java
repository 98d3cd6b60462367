package app.spindle.actions;

import app.spindle.mirror.ListingWriter;
import app.spindle.mirror.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The durable queue of the user's writes to Discogs. {@link #submit} stores an action and applies it to
 * the mirror in one transaction, before any request is made; {@link ActionSender} sends it. Pages wait a
 * moment for the outcome with {@link #awaitOutcome} and otherwise show the action as pending.
 */
public final class ActionQueue {
    private final Jdbi jdbi;
    private final Clock clock;
    private final LocalEdits edits = new LocalEdits();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition outcome = lock.newCondition();
    private long workSignals;

    public ActionQueue(Jdbi jdbi, Clock clock, ListingWriter listings) {
        this.jdbi = jdbi;
        this.clock = clock;
        listings.keepPendingEdits(edits);
    }

    /** Stores the action and shows its effect in the mirror at once; the sender takes it from here. */
    public Action submit(Action request) {
        Action stored = jdbi.inTransaction(h -> store(h, request));
        signalWork();
        return stored;
    }

    /** Many actions at once (a bulk change), stored in one transaction: all of them or, on a failure, none. */
    public List<Action> submitAll(List<Action> requests) {
        List<Action> stored = jdbi.inTransaction(h -> {
            List<Action> all = new ArrayList<>(requests.size());
            for (Action request : requests) {
                all.add(store(h, request));
            }
            return all;
        });
        signalWork();
        return stored;
    }

    private Action store(Handle h, Action request) {
        long id = h.attach(ActionStore.class).insert(request, Timestamps.format(clock.instant()));
        Action action = h.attach(ActionStore.class).find(id).orElseThrow();
        edits.apply(h, action);
        if (action.kind() == ActionKind.MOVE_COPY) {
            LocalEdits.countMove(h, action.folderId(), action.toFolderId());
        } else if (action.kind() == ActionKind.REMOVE_COPY) {
            LocalEdits.countMove(h, action.folderId(), null);
        }
        return action;
    }

    /** How the actions with ids from {@code first} to {@code last} (one bulk change) stand. */
    public BulkProgress progress(long first, long last) {
        return jdbi.withHandle(h -> {
            Map<ActionState, Integer> counts = new EnumMap<>(ActionState.class);
            h.createQuery("SELECT state, count(*) AS n FROM actions WHERE id BETWEEN :first AND :last GROUP BY state")
                    .bind("first", first).bind("last", last)
                    .map((rs, ctx) -> Map.entry(ActionState.of(rs.getString("state")), rs.getInt("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            String waiting = h.createQuery("""
                    SELECT error FROM actions WHERE id BETWEEN :first AND :last AND state = 'pending' ORDER BY id LIMIT 1
                    """).bind("first", first).bind("last", last).mapTo(String.class).findOne().orElse(null);
            return new BulkProgress(counts.getOrDefault(ActionState.DONE, 0) + counts.getOrDefault(ActionState.DISMISSED, 0),
                    counts.getOrDefault(ActionState.FAILED, 0), counts.getOrDefault(ActionState.PENDING, 0), waiting);
        });
    }

    /**
     * Waits until the action is done or failed, or has been tried and must wait; returns it as it then
     * stands. A page calls this so a person sees "done" when Discogs answers quickly and "pending" otherwise.
     */
    public Action awaitOutcome(long id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Action action = find(id).orElseThrow();
                long left = deadline - System.nanoTime();
                if (!action.isPending() || action.error() != null || left <= 0) {
                    return action;
                }
                outcome.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return find(id).orElseThrow();
        } finally {
            lock.unlock();
        }
    }

    /** A failed action goes back into the queue, behind nothing: it is sent when its turn (by id) comes. */
    public boolean retry(long id) {
        boolean retried = jdbi.inTransaction(h -> {
            if (h.attach(ActionStore.class).retry(id) == 0) {
                return false;
            }
            edits.apply(h, h.attach(ActionStore.class).find(id).orElseThrow());
            return true;
        });
        signalWork();
        return retried;
    }

    /** Sets a failed (or done) action aside; what Discogs holds comes back with the next sync. */
    public boolean dismiss(long id) {
        return jdbi.onDemand(ActionStore.class).dismiss(id) > 0;
    }

    public Optional<Action> find(long id) {
        return jdbi.onDemand(ActionStore.class).find(id);
    }

    /** Wakes the sender: new work, a retry, or a reconnected account. */
    public void signalWork() {
        lock.lock();
        try {
            workSignals++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long workSignals() {
        lock.lock();
        try {
            return workSignals;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until work is signalled after the moment {@code seen} was read, or at most this long. */
    void awaitWork(long seen, Duration atMost) throws InterruptedException {
        lock.lock();
        try {
            long left = atMost.toNanos();
            while (workSignals == seen && left > 0) {
                left = work.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    void settled() {
        lock.lock();
        try {
            outcome.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
