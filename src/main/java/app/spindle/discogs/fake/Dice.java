package app.spindle.discogs.fake;

import java.util.List;
import java.util.SplittableRandom;

/** Deterministic draws for one generated thing: the same seed, kind and index always give the same values. */
final class Dice {
    private final SplittableRandom random;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Dice of(long seed, int kind, long index) {
        return new Dice(mix(mix(seed) ^ (kind * 0x9E3779B97F4A7C15L)) ^ mix(index + 0x632BE59BD9B4E019L * kind));
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double unit() {
        return random.nextDouble();
    }

    /** Low values much more often than high ones: a few popular artists and labels, a long tail. */
    int skewedBelow(int bound) {
        double u = random.nextDouble();
        return Math.min(bound - 1, (int) (bound * u * u));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
