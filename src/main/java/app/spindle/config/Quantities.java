package app.spindle.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations ({@code 90s}, {@code 30m}, {@code 6h}, {@code 1d}) and sizes ({@code 512KB}, {@code 20MB}) as
 * settings give them, each held to a sane range: a value that overflows, or that would make a thread wait
 * for ever or run without pause, is refused with the range in the message.
 */
final class Quantities {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|k|mb|m|gb|g)?");
    private static final long KB = 1024;

    private Quantities() {
    }

    /** The durations a setting accepts, for its parsing and for {@code --help}. */
    record DurationRange(Duration min, Duration max, boolean zeroMeansNever) {
        Duration parse(String flag, String value) {
            return duration(flag, value, min, max, zeroMeansNever);
        }

        String words() {
            return durationRange(min, max, zeroMeansNever);
        }
    }

    /** The sizes a setting accepts. */
    record SizeRange(long min, long max) {
        long parse(String flag, String value) {
            return size(flag, value, min, max);
        }

        String words() {
            return "between " + sizeWords(min) + " and " + sizeWords(max);
        }
    }

    /** The whole numbers a setting accepts. */
    record CountRange(int min, int max) {
        int parse(String flag, String value) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n < min || n > max) {
                    throw new ConfigException(flag + " must be " + words() + " (got '" + value + "')");
                }
                return n;
            } catch (NumberFormatException e) {
                boolean tooLarge = value.trim().matches("-?\\d+");
                throw new ConfigException(flag + (tooLarge ? " must be " + words() : " must be a number") + " (got '" + value + "')");
            }
        }

        String words() {
            return "between " + min + " and " + max;
        }
    }

    private static String durationRange(Duration min, Duration max, boolean zeroMeansNever) {
        return "between " + words(min) + " and " + words(max) + (zeroMeansNever ? ", or 0 for never" : "");
    }

    /** A duration in [min, max]; with {@code zeroMeansNever}, also 0. */
    static Duration duration(String flag, String value, Duration min, Duration max, boolean zeroMeansNever) {
        String range = durationRange(min, max, zeroMeansNever);
        Duration d;
        try {
            d = duration(flag, value);
        } catch (ArithmeticException | NumberFormatException tooLarge) {
            throw new ConfigException(flag + " must be " + range + " (got '" + value + "')");
        }
        if ((d.isZero() && zeroMeansNever) || (d.compareTo(min) >= 0 && d.compareTo(max) <= 0)) {
            return d;
        }
        throw new ConfigException(flag + " must be " + range + " (got '" + value + "')");
    }

    /** A size in bytes in [min, max]. */
    static long size(String flag, String value, long min, long max) {
        long bytes;
        try {
            bytes = size(flag, value);
        } catch (ArithmeticException | NumberFormatException tooLarge) {
            bytes = Long.MAX_VALUE;
        }
        if (bytes < min || bytes > max) {
            throw new ConfigException(flag + " must be between " + sizeWords(min) + " and " + sizeWords(max)
                    + " (got '" + value + "')");
        }
        return bytes;
    }

    static Duration duration(String flag, String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigException(flag + " must be a duration such as 90s, 30m, 6h or 1d (got '" + value + "')");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofSeconds(Math.multiplyExact(n, 60L));
            case "h" -> Duration.ofSeconds(Math.multiplyExact(n, 3600L));
            default -> Duration.ofSeconds(Math.multiplyExact(n, 86_400L));
        };
    }

    static long size(String flag, String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigException(flag + " must be a size such as 512KB or 20MB (got '" + value + "')");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        return switch (unit) {
            case "kb", "k" -> Math.multiplyExact(n, KB);
            case "mb", "m" -> Math.multiplyExact(n, KB * KB);
            case "gb", "g" -> Math.multiplyExact(n, KB * KB * KB);
            default -> n;
        };
    }

    private static String words(Duration d) {
        if (d.isZero()) {
            return "0";
        }
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    private static String sizeWords(long bytes) {
        if (bytes % (KB * KB * KB) == 0) {
            return bytes / (KB * KB * KB) + "GB";
        }
        if (bytes % (KB * KB) == 0) {
            return bytes / (KB * KB) + "MB";
        }
        return bytes % KB == 0 ? bytes / KB + "KB" : bytes + " bytes";
    }
}
