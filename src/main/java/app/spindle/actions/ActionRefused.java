package app.spindle.actions;

/** A request the queue will not take, with a one-line reason for the person (an unknown copy, a bad rating …). */
public final class ActionRefused extends RuntimeException {
    private final boolean notFound;

    ActionRefused(String message, boolean notFound) {
        super(message, null, false, false);
        this.notFound = notFound;
    }

    static ActionRefused invalid(String message) {
        return new ActionRefused(message, false);
    }

    static ActionRefused unknown(String message) {
        return new ActionRefused(message, true);
    }

    /** The copy, want or folder named does not exist in the mirror (a 404 rather than a 400). */
    public boolean notFound() {
        return notFound;
    }
}
