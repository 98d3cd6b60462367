package app.spindle.mirror;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one text form of an instant in the mirror, fixed-width so that text order is time order
 * ({@code 2024-01-31T12:00:00.000Z}, like SQLite's {@code strftime('%Y-%m-%dT%H:%M:%fZ')}).
 */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** A Discogs date ("2015-05-27T17:42:11-07:00") in the mirror's UTC form; null when unreadable. */
    public static String fromDiscogs(String discogsDate) {
        if (discogsDate == null || discogsDate.isBlank()) {
            return null;
        }
        try {
            return format(OffsetDateTime.parse(discogsDate).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
