package app.spindle.backups;

import java.util.Locale;

/** A size as people read it: "812 KB", "14.2 MB", "1.3 GB". */
public final class SizeWords {
    private SizeWords() {
    }

    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
