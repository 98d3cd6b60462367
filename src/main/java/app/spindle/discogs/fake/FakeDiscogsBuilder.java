package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Settings for a new fake; {@link #start()} builds the account and serves it on a free port. */
public final class FakeDiscogsBuilder {
    long seed = 42;
    int collectionSize = 500;
    int wantlistSize = 100;
    int catalogueSize = 0;
    int folders = 4;
    int limit = 60;
    Duration window = Duration.ofSeconds(60);
    Duration latency = Duration.ZERO;
    String username = "demo_collector";
    boolean includeRealReleases = true;
    Clock clock = Clock.systemUTC();
    String host = "127.0.0.1";
    int port = 0;
    List<ObjectNode> moreRealReleases = List.of();
    Set<Long> ownedRealReleases;
    Set<Long> wantedRealReleases = Set.of();
    List<ObjectNode> catalogueOnly = List.of();

    FakeDiscogsBuilder() {}

    public FakeDiscogsBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Generated collection items (0 to 100,000); the real captured releases are added unless excluded. */
    public FakeDiscogsBuilder collectionSize(int items) {
        this.collectionSize = checked(items, 0, 100_000, "collectionSize");
        return this;
    }

    public FakeDiscogsBuilder wantlistSize(int wants) {
        this.wantlistSize = checked(wants, 0, 100_000, "wantlistSize");
        return this;
    }

    /**
     * Generated releases Discogs knows in all, owned or not (0: sized to the account, with a third more besides).
     * A larger catalogue has larger labels and discographies, as Discogs has: lists of several pages.
     */
    public FakeDiscogsBuilder catalogueSize(int releases) {
        this.catalogueSize = checked(releases, 0, 1_000_000, "catalogueSize");
        return this;
    }

    /** User folders besides 0 "All" and 1 "Uncategorized". */
    public FakeDiscogsBuilder folders(int userFolders) {
        this.folders = checked(userFolders, 0, 100, "folders");
        return this;
    }

    public FakeDiscogsBuilder rateLimit(int limit, Duration window) {
        this.limit = checked(limit, 1, Integer.MAX_VALUE, "rate limit");
        this.window = window;
        return this;
    }

    public FakeDiscogsBuilder latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    public FakeDiscogsBuilder username(String username) {
        this.username = username;
        return this;
    }

    /** Whether the real captured releases are in the collection too (default true). */
    public FakeDiscogsBuilder includeRealReleases(boolean include) {
        this.includeRealReleases = include;
        return this;
    }

    /**
     * More real release documents in the API's shape (read from a data dump, say), served, searched and
     * versioned like the captured ones. Of all the real releases only {@code owned} are in the collection
     * and {@code wanted} in the wantlist; the rest are the catalogue a search finds.
     */
    public FakeDiscogsBuilder realCatalogue(List<ObjectNode> documents, Set<Long> owned, Set<Long> wanted) {
        this.moreRealReleases = List.copyOf(documents);
        this.ownedRealReleases = Set.copyOf(owned);
        this.wantedRealReleases = Set.copyOf(wanted);
        return this;
    }

    /**
     * Real release documents (the data dump sample the project ships, say) that Discogs knows but the
     * account neither owns nor wants: served on {@code /releases/{id}}, found by search and versioned like the
     * captured ones, while the account stays as it is.
     */
    public FakeDiscogsBuilder catalogueOnly(List<ObjectNode> documents) {
        this.catalogueOnly = List.copyOf(documents);
        return this;
    }

    /** The clock for dates of new items and the 15-minute life of request tokens. */
    public FakeDiscogsBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public FakeDiscogsBuilder host(String host) {
        this.host = host;
        return this;
    }

    /** 0 (the default) picks a free port. */
    public FakeDiscogsBuilder port(int port) {
        this.port = checked(port, 0, 65_535, "port");
        return this;
    }

    public FakeDiscogs start() {
        return new FakeDiscogs(this);
    }

    private static int checked(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
