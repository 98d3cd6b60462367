package app.spindle.dump;

/**
 * A dump file Spindle cannot import, said in words a user can act on. Thrown before anything is
 * written, or between two releases: the mirror never holds part of a release.
 */
public final class DumpException extends RuntimeException {

    /** What is wrong with the file. */
    public enum Problem { MISSING, BAD_NAME, NOT_GZIP, WRONG_KIND, TRUNCATED, MALFORMED, UNREADABLE }

    private final Problem problem;

    public DumpException(Problem problem, String message) {
        this(problem, message, null);
    }

    public DumpException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
