package app.spindle.match;

/**
 * Input Spindle cannot read. The message is a sentence for the user and names the line (and column)
 * where that is known; nothing of the input was imported.
 */
public class ImportException extends RuntimeException {

    private final Integer line;

    public ImportException(String message) {
        this(message, null);
    }

    private ImportException(String message, Integer line) {
        super(message);
        this.line = line;
    }

    public static ImportException atLine(int line, String problem) {
        return new ImportException("Line " + line + ": " + problem, line);
    }

    public static ImportException at(int line, int column, String problem) {
        return new ImportException("Line " + line + ", column " + column + ": " + problem, line);
    }

    /** The 1-based line of the problem, or null when it is about the whole input. */
    public Integer line() {
        return line;
    }
}
