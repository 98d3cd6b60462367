package app.spindle.actions;

/** How far one bulk change has gone: its actions by state, and why the first pending one waits (or null). */
public record BulkProgress(int done, int failed, int pending, String waiting) {

    public int total() {
        return done + failed + pending;
    }

    public boolean finished() {
        return pending == 0;
    }
}
