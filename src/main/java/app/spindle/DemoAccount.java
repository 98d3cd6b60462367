package app.spindle;

import app.spindle.discogs.fake.FakeDiscogs;
import java.time.Duration;

/**
 * The made-up account of {@code --demo}: FakeDiscogs in this process, on a free loopback port,
 * with the real captured releases plus generated ones, announcing a generous rate limit so that
 * pages fill within a minute.
 */
final class DemoAccount {
    static final int DEMO_RATE_LIMIT = 600;

    private DemoAccount() {
    }

    static FakeDiscogs start(int collectionSize) {
        return FakeDiscogs.builder()
                .seed(2026)
                .collectionSize(collectionSize)
                .wantlistSize(Math.max(20, collectionSize / 5))
                .folders(4)
                .rateLimit(DEMO_RATE_LIMIT, Duration.ofSeconds(60))
                .start();
    }
}
