package app.spindle.web;

import app.spindle.mirror.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A stored timestamp as a page shows it: in words ("12 minutes ago") with the exact UTC time for a
 * {@code <time datetime title>} on hover.
 */
public record Moment(String iso, String words, String exact) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Null for a missing time; a mirror timestamp ({@link Timestamps}) otherwise, worded as seen at {@code now}. */
    public static Moment of(String iso, Instant now) {
        if (iso == null) {
            return null;
        }
        Instant then = Timestamps.parse(iso);
        return new Moment(iso, words(then, now), EXACT.format(then));
    }

    /**
     * "5 Mar 2024" out of "2024-03-05T10:00:00-07:00": the day as the timestamp itself writes it (Discogs' date
     * added is in its own time zone), never the stored ISO string; empty when unknown.
     */
    public static String day(String stored) {
        if (stored == null || stored.length() < 10) {
            return "";
        }
        try {
            return DAY.format(LocalDate.parse(stored.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    static String words(Instant then, Instant now) {
        Duration ago = Duration.between(then, now);
        if (ago.isNegative() || ago.toSeconds() < 60) {
            return "just now";
        }
        if (ago.toMinutes() < 60) {
            return Counted.of(ago.toMinutes(), "minute", "minutes") + " ago";
        }
        if (ago.toHours() < 24) {
            return Counted.of(ago.toHours(), "hour", "hours") + " ago";
        }
        if (ago.toDays() < 30) {
            return ago.toDays() == 1 ? "yesterday" : ago.toDays() + " days ago";
        }
        return "on " + DAY.format(then);
    }
}
