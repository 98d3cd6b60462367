package app.spindle.discogs.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Decides which API request gets which {@link Fault}: first the scripted ones, in order, then at random
 * with the configured probability among the enabled kinds. The OAuth authorize page never gets one.
 */
public final class FaultInjector {
    private final Deque<Fault> script = new ArrayDeque<>();
    private final Set<Fault> enabled = EnumSet.allOf(Fault.class);
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
    private final SplittableRandom random;
    private final CountDownLatch closing = new CountDownLatch(1);
    private double rate;
    private volatile boolean down;
    private boolean writesOnly;
    private Duration slowTimeoutHold = Duration.ofSeconds(30);

    FaultInjector(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Probability (0..1) that a request without a scripted fault gets a random one of the enabled kinds. */
    public synchronized FaultInjector setRate(double probability) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("fault rate must be between 0 and 1, was " + probability);
        }
        this.rate = probability;
        return this;
    }

    /** The kinds that random faults are drawn from (all by default). */
    public synchronized FaultInjector enable(Fault... kinds) {
        enabled.clear();
        enabled.addAll(Arrays.asList(kinds));
        return this;
    }

    /** The next API requests get these faults, one each, in order; later calls append. */
    public synchronized FaultInjector script(Fault... nextResponses) {
        script.addAll(Arrays.asList(nextResponses));
        return this;
    }

    /** How long {@link Fault#SLOW_TIMEOUT} holds a response (30 s by default). */
    public synchronized FaultInjector setSlowTimeoutHold(Duration hold) {
        this.slowTimeoutHold = hold;
        return this;
    }

    /** While down, every API request's connection is closed before anything happens, as an unreachable Discogs. */
    public FaultInjector setDown(boolean unreachable) {
        this.down = unreachable;
        return this;
    }

    public boolean isDown() {
        return down;
    }

    /** With true, scripted and random faults go only to writes (POST, PUT, DELETE); reads pass untouched. */
    public synchronized FaultInjector writesOnly(boolean onlyWrites) {
        this.writesOnly = onlyWrites;
        return this;
    }

    /** Forgets the script, sets the rate back to 0 and lets faults reach reads again. */
    public synchronized FaultInjector clear() {
        script.clear();
        rate = 0;
        writesOnly = false;
        return this;
    }

    public synchronized int scriptedLeft() {
        return script.size();
    }

    /** How many of each kind were injected so far (scripted and random), for tests' reports. */
    public synchronized Map<Fault, Integer> injected() {
        return Map.copyOf(injected);
    }

    synchronized Optional<Fault> next(String method) {
        Optional<Fault> fault = Optional.empty();
        if (writesOnly && (method.equals("GET") || method.equals("HEAD"))) {
            return fault;
        }
        if (!script.isEmpty()) {
            fault = Optional.of(script.poll());
        } else if (rate > 0 && !enabled.isEmpty() && random.nextDouble() < rate) {
            List<Fault> kinds = List.copyOf(enabled);
            fault = Optional.of(kinds.get(random.nextInt(kinds.size())));
        }
        fault.ifPresent(kind -> injected.merge(kind, 1, Integer::sum));
        return fault;
    }

    synchronized Duration slowTimeoutHold() {
        return slowTimeoutHold;
    }

    /** Holds a slow response; returns early when the fake is closing so that shutdown never waits 30 s. */
    void holdSlowResponse() {
        try {
            closing.await(slowTimeoutHold().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void releaseHeldResponses() {
        closing.countDown();
    }
}
