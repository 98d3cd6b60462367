package app.spindle.dump;

import java.util.Locale;

/**
 * What an import is doing, for the progress bar; {@code percent} and {@code etaSeconds} come from the bytes read against the file's size.
 */
public record ImportStatus(
        ImportState state,
        String file,
        String mode,
        long recordsRead,
        long imported,
        long bytesRead,
        long fileSize,
        double recordsPerSecond,
        Long etaSeconds,
        String error) {

    public static ImportStatus idle() {
        return new ImportStatus(ImportState.IDLE, null, null, 0, 0, 0, 0, 0, null, null);
    }

    public boolean running() {
        return state == ImportState.RUNNING;
    }

    /** Running or listing first: the page keeps polling. */
    public boolean busy() {
        return state == ImportState.RUNNING || state == ImportState.LISTING;
    }

    public int percent() {
        return fileSize <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / fileSize);
    }

    /** "123,456 records · 18,234/s · 512 MB of 10.6 GB · 4,321 imported · about 9 min left" */
    public String line() {
        return String.format(Locale.ROOT, "%,d records · %,.0f/s · %s of %s · %,d imported%s", recordsRead,
                recordsPerSecond, megabytes(bytesRead), megabytes(fileSize), imported,
                etaSeconds == null ? "" : " · about " + eta(etaSeconds) + " left");
    }

    static String megabytes(long bytes) {
        if (bytes >= 10_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }

    static String eta(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return (seconds + 30) / 60 + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
}
