package app.spindle.web;

import app.spindle.mirror.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A stored timestamp as a page shows it: in words ("12 minutes ago") with the exact UTC time for a
 * {@code <time datetime title>} on hover.
 */
public record Moment(String iso, String words, String exact) {
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
        // read by hand: a shelf page shows sixty of these, and parsing and formatting them were a quarter of
        // building its cards
        if (stored == null || stored.length() < 10 || stored.charAt(4) != '-' || stored.charAt(7) != '-') {
            return "";
        }
        int year = digits(stored, 0, 4);
        int month = digits(stored, 5, 7);
        int day = digits(stored, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return "";
        }
        return day(year, month, day);
    }

    /** "5 Mar 2024". */
    private static String day(int year, int month, int day) {
        String yyyy = Integer.toString(year);
        return day + " " + MONTHS[month - 1] + " " + "0".repeat(Math.max(0, 4 - yyyy.length())) + yyyy;
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec"};

    /** The number the characters from {@code from} to {@code to} write, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
        LocalDate date = then.atOffset(ZoneOffset.UTC).toLocalDate();
        return "on " + day(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
