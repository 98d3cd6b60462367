package app.spindle.web.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.discogs.model.DiscographyRole;
import app.spindle.discogs.model.DiscogsListEntry;
import app.spindle.discogs.model.DiscogsType;
import app.spindle.mirror.query.ListEntry;
import org.junit.jupiter.api.Test;

class EntryViewTest {
    @Test
    void a_discography_line_names_the_artists_part_unless_the_record_is_their_own() {
        assertEquals("Kraftwerk · 1978 · Vinyl · Remix", meta(DiscographyRole.of("Remix")));
        assertEquals("Kraftwerk · 1978 · Vinyl · TrackAppearance", meta(DiscographyRole.of("TrackAppearance")));
        assertEquals("Kraftwerk · 1978 · Vinyl", meta(DiscographyRole.MAIN));
        assertEquals("Kraftwerk · 1978 · Vinyl", meta(DiscographyRole.of("Main")));
        assertEquals("Kraftwerk · 1978 · Vinyl", meta(null));
    }

    private static String meta(DiscographyRole role) {
        return EntryView.of(new ListEntry(new DiscogsListEntry(DiscogsType.RELEASE, 7, null, "The Model", "Kraftwerk",
                role, 1978, "Vinyl", null, null, null, null), 0, 0)).meta();
    }
}
