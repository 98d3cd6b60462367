package app.spindle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {
    @Test
    void one_takes_the_singular_and_every_other_count_the_plural() {
        assertEquals("1 result", Counted.of(1, "result", "results"));
        assertEquals("0 results", Counted.of(0, "result", "results"));
        assertEquals("2 copies", Counted.of(2, "copy", "copies"));
    }

    @Test
    void large_counts_are_grouped_by_thousands() {
        assertEquals("1,204 records", Counted.of(1204, "record", "records"));
        assertEquals("1,000,000", Counted.grouped(1_000_000));
        assertEquals("-12,345", Counted.grouped(-12_345));
        assertEquals("999", Counted.grouped(999));
    }
}
