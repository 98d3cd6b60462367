package app.spindle.web.entities;

import app.spindle.mirror.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How old what a page shows is, in words: "fetched from Discogs 3 days ago", "from the data dump of 2020-08-06". */
public final class Freshness {
    private Freshness() {
    }

    public static String of(String fetchedAt, String dumpDate, Clock clock) {
        if (fetchedAt == null) {
            return dumpDate != null ? "From the Discogs data dump of " + dumpDate + "." : null;
        }
        return "Fetched from Discogs " + ago(Timestamps.parse(fetchedAt), clock.instant()) + ".";
    }

    static String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return plural(age.toMinutes(), "minute") + " ago";
        }
        if (age.toDays() < 1) {
            return plural(age.toHours(), "hour") + " ago";
        }
        return plural(age.toDays(), "day") + " ago";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
