package app.spindle.discogs.fake;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * FakeDiscogs as its own process, for benchmarks that must not share a heap with Spindle:
 * {@code java -cp target/spindle.jar app.spindle.discogs.fake.FakeDiscogsMain --size 100000 --rate 60000 --port 9999}.
 * Prints the base URL and a token, then serves until killed.
 */
public final class FakeDiscogsMain {
    private FakeDiscogsMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int size = 500;
        int wants = -1;
        int rate = 60;
        int port = 0;
        long seed = 42;
        for (int i = 0; i + 1 < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--size" -> size = value;
                case "--wants" -> wants = value;
                case "--rate" -> rate = value;
                case "--port" -> port = value;
                case "--seed" -> seed = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (options: --size --wants --rate --port --seed)");
            }
        }
        FakeDiscogs fake = FakeDiscogs.builder().seed(seed).collectionSize(size)
                .wantlistSize(wants < 0 ? Math.max(20, size / 5) : wants)
                .rateLimit(rate, Duration.ofSeconds(60)).port(port).start();
        System.out.println("url=" + fake.baseUrl());
        System.out.println("token=" + fake.token());
        System.out.println("username=" + fake.username());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
