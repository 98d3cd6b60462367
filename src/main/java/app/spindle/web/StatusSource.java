package app.spindle.web;

/** Where the status page and {@code /api/status} get their figures; the sync part supplies the real one. */
@FunctionalInterface
public interface StatusSource {
    ApiStatus current();

    /**
     * The sync's part alone, which every page's header shows: without the mirror's counts, which the first page
     * after a start would otherwise wait for (counting ten million tracks takes seconds).
     */
    default ApiStatus.Sync sync() {
        return current().sync();
    }
}
