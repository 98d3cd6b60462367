package app.spindle.config;

import java.time.Duration;

/**
 * For a command that runs in the foreground: Ctrl-C asks the work to stop and gives the running
 * thread a grace period to finish its current step (and commit it) before the JVM exits.
 */
public final class StopOnCtrlC implements AutoCloseable {

    private final Thread hook;

    public StopOnCtrlC(String name, Duration grace, Runnable askToStop) {
        Thread worker = Thread.currentThread();
        this.hook = new Thread(() -> {
            askToStop.run();
            try {
                worker.join(grace.toMillis());
            } catch (InterruptedException ignored) {
                // shutting down anyway
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running: nothing to remove
        }
    }
}
