package app.spindle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MomentTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private static String ago(Duration d) {
        return Moment.words(NOW.minus(d), NOW);
    }

    @Test
    void recent_times_read_in_words_with_the_right_plural() {
        assertEquals("just now", ago(Duration.ofSeconds(20)));
        assertEquals("1 minute ago", ago(Duration.ofSeconds(61)));
        assertEquals("12 minutes ago", ago(Duration.ofMinutes(12)));
        assertEquals("1 hour ago", ago(Duration.ofMinutes(90)));
        assertEquals("yesterday", ago(Duration.ofHours(30)));
        assertEquals("5 days ago", ago(Duration.ofDays(5)));
    }

    @Test
    void older_times_read_as_a_date_and_every_time_keeps_its_exact_form_for_hover() {
        assertEquals("on 1 Jan 2026", ago(Duration.between(Instant.parse("2026-01-01T08:00:00Z"), NOW)));
        Moment m = Moment.of("2026-03-10T11:48:00.000Z", NOW);
        assertEquals("12 minutes ago", m.words());
        assertEquals("10 Mar 2026, 11:48:00 UTC", m.exact());
        assertEquals("2026-03-10T11:48:00.000Z", m.iso());
        assertNull(Moment.of(null, NOW));
    }

    @Test
    void a_day_reads_as_the_timestamp_writes_it_whatever_its_zone_and_unknown_is_empty() {
        assertEquals("5 Mar 2024", Moment.day("2024-03-05T23:30:00-07:00"), "Discogs' own day, not UTC's 6 Mar");
        assertEquals("10 Mar 2026", Moment.day("2026-03-10T11:48:00.000Z"));
        assertEquals("", Moment.day(null));
        assertEquals("", Moment.day("2024-13"));
        assertEquals("", Moment.day("not a date at all"));
        assertEquals("29 Feb 2024", Moment.day("2024-02-29"));
        assertEquals("", Moment.day("2023-02-29"), "no such day");
        assertEquals("", Moment.day("2024-04-31"), "no such day");
        assertEquals("1 Jan 0999", Moment.day("0999-01-01T00:00:00Z"));
        assertEquals("", Moment.day("2024-1a-01"));
    }

    @Test
    void a_clock_a_little_behind_the_stored_time_says_just_now() {
        assertEquals("just now", ago(Duration.ofSeconds(-5)));
    }
}
