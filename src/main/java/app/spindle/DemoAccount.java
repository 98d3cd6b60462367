package app.spindle;

import app.spindle.discogs.fake.FakeDiscogs;
import java.time.Duration;

/**
 * The made-up account of {@code --demo}: FakeDiscogs in this process, on a free loopback port,
 * with the real captured releases plus generated ones (and, for search and matching, the 1,000 real
 * releases of the bundled dump sample: {@link DemoCatalogue}), announcing a generous rate limit so that
 * pages fill within a minute: 600 requests a minute, or more for a larger {@code --demo-size}, so that
 * a 100,000-record demo (the size the web benchmarks use) fills in minutes rather than hours.
 */
final class DemoAccount {
    static final int DEMO_RATE_LIMIT = 600;

    /** A minute's worth of requests for the whole account: collection and wantlist, a release each. */
    static int rateLimit(int collectionSize) {
        return Math.max(DEMO_RATE_LIMIT, collectionSize + wantlistSize(collectionSize));
    }

    static int wantlistSize(int collectionSize) {
        return Math.max(20, collectionSize / 5);
    }

    private DemoAccount() {
    }

    static FakeDiscogs start(int collectionSize) {
        return FakeDiscogs.builder()
                .seed(2026)
                .collectionSize(collectionSize)
                .wantlistSize(wantlistSize(collectionSize))
                .folders(4)
                .rateLimit(rateLimit(collectionSize), Duration.ofSeconds(60))
                .catalogueOnly(DemoCatalogue.releases())
                .start();
    }
}
