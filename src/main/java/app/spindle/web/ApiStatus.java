package app.spindle.web;

/** The JSON shape of {@code GET /api/status}, fixed by DESIGN.md. */
public record ApiStatus(String version, Account account, Sync sync, Counts counts, Api api) {

    public record Account(String username, boolean connected) {
    }

    /** state: idle | running | failed | disconnected. */
    public record Sync(String state, String phase, long done, long total, String lastSuccessAt, String lastError) {
    }

    public record Counts(long collection, long wantlist, long releases, long tracks) {
    }

    public record Api(long requests, long rateLimited, int limit, int remaining) {
    }

    public static ApiStatus disconnected(String version) {
        return new ApiStatus(version, new Account(null, false),
                new Sync("disconnected", null, 0, 0, null, null),
                new Counts(0, 0, 0, 0), new Api(0, 0, 0, 0));
    }
}
