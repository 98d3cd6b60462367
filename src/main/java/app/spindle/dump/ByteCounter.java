package app.spindle.dump;

import java.util.concurrent.atomic.AtomicLong;

/** How many bytes of the file have been read from disk: the progress bar's measure. */
public final class ByteCounter {
    private final AtomicLong bytes = new AtomicLong();

    void add(long n) {
        bytes.addAndGet(n);
    }

    public long bytes() {
        return bytes.get();
    }
}
