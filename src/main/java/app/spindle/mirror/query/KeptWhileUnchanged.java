package app.spindle.mirror.query;

import java.util.function.Supplier;

/**
 * A small value read from the mirror (its folders, its collection fields) that a page asks for on every view:
 * read again only once the mirror has changed ({@link MirrorVersion}), a version check instead of a query.
 */
final class KeptWhileUnchanged<T> {
    private record Kept<T>(long version, T value) {
    }

    private final MirrorVersion version;
    private final Supplier<T> read;
    private volatile Kept<T> kept;

    KeptWhileUnchanged(MirrorVersion version, Supplier<T> read) {
        this.version = version;
        this.read = read;
    }

    T get() {
        // the version is read first: a value read after a write it has not seen is read again at the next ask
        long now = version.current();
        Kept<T> last = kept;
        if (last != null && last.version() == now) {
            return last.value();
        }
        T value = read.get();
        kept = new Kept<>(now, value);
        return value;
    }
}
