package app.spindle;

/** Lets tests in other packages run the command line as {@code java -jar spindle.jar …} would, minus the exit. */
public final class MainAccess {
    private MainAccess() {
    }

    public static int run(String... args) {
        return Main.run(args);
    }
}
