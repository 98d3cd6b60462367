package app.spindle.web;

/** Where the status page and {@code /api/status} get their figures; the sync part supplies the real one. */
@FunctionalInterface
public interface StatusSource {
    ApiStatus current();
}
