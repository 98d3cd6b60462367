package app.spindle.dump;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The import's progress bar on stderr: redrawn every second on a terminal, a line every ten seconds in a log. */
final class ConsoleProgress implements AutoCloseable {
    private static final int WIDTH = 24;
    private final PrintStream err;
    private final ImportProgress progress;
    private final boolean terminal;
    private final ScheduledExecutorService ticker;

    ConsoleProgress(PrintStream err, ImportProgress progress, boolean terminal) {
        this.err = err;
        this.progress = progress;
        this.terminal = terminal;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "import-progress");
            t.setDaemon(true);
            return t;
        });
        long every = terminal ? 1 : 10;
        ticker.scheduleAtFixedRate(this::show, every, every, TimeUnit.SECONDS);
    }

    private void show() {
        ImportStatus s = progress.current();
        if (!s.running()) {
            return;
        }
        String line = bar(s.percent()) + " " + s.line();
        if (terminal) {
            err.print("\r" + line + "   ");
        } else {
            err.println("import: " + line);
        }
    }

    static String bar(int percent) {
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (terminal) {
            err.println();
        }
    }
}
