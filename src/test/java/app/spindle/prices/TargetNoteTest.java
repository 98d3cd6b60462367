package app.spindle.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetNoteTest {
    private static final String LINE = TargetNote.line(15, "USD");

    @Test
    void the_target_line_goes_under_the_users_notes_and_comes_out_leaving_them_as_they_were() {
        assertEquals("Spindle target: 15.00 USD", LINE);
        for (String notes : new String[] {"", "Only the first pressing", "two\nlines", "ends with a break\n",
                "  spaced  \n\n  out  ", "Spindle target is my friend"}) {
            String with = TargetNote.apply(notes, LINE);
            assertEquals(LINE, with.substring(with.lastIndexOf('\n') + 1), "the line is last: " + with);
            assertEquals(notes.endsWith("\n") ? notes.substring(0, notes.length() - 1) : notes, TargetNote.apply(with, null),
                    "removing it restores the notes");
        }
    }

    @Test
    void a_new_target_replaces_the_old_line_wherever_it_is_and_nothing_else() {
        assertEquals("keep\nthis\nSpindle target: 9.50 EUR",
                TargetNote.apply("keep\nSpindle target: 15.00 USD\nthis", TargetNote.line(9.5, "EUR")));
        assertEquals("keep\nthis", TargetNote.apply("keep\nSpindle target: 15.00 USD\nthis", null));
        assertEquals("", TargetNote.apply(null, null));
        assertEquals("unchanged", TargetNote.apply("unchanged", null));
    }
}
