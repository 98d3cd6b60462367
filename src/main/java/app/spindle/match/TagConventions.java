package app.spindle.match;

import java.util.regex.Pattern;

/**
 * Undoes what rippers and taggers put into a title tag besides the title: a track number ("03 - Title",
 * "01. Title"), a vinyl rip's side and position ("A2 Title", "[B1] Title"), and the artist itself
 * ("Artist - Title", with or without an artist tag). The track is then searched and scored by its title.
 */
final class TagConventions {
    // "A1 Title", "B2. Title", "C3 - Title", "[A1] Title", "(B) Title", "D - Title": a lone side letter needs punctuation
    private static final Pattern VINYL_POSITION = Pattern.compile(
            "^(?:[\\[(][A-Ha-h]\\d{0,2}[\\])]\\s*|[A-H]\\d{1,2}(?:\\s*[.\\-–]\\s*|\\s+)|[A-H](?:\\.\\s+|\\s+[-–]\\s+))(?=\\S)");

    private TagConventions() {
    }

    static DigitalTrack undo(DigitalTrack track) {
        String title = track.title();
        if (title == null) {
            return track;
        }
        String artist = track.artist();
        String cleaned = VINYL_POSITION.matcher(ArtistTitle.withoutFileNumber(title)).replaceFirst("");
        ArtistTitle split = ArtistTitle.parse(cleaned);
        if (split.artist() != null && !TextNormalizer.title(split.title()).isEmpty()
                && !isVersion(split.title())) {
            if (artist == null) {
                artist = split.artist();
                cleaned = split.title();
            } else if (TextNormalizer.fold(split.artist()).equals(TextNormalizer.fold(artist))
                    || TextNormalizer.artist(split.artist()).main().equals(TextNormalizer.artist(artist).main())) {
                cleaned = split.title();
            }
        }
        if (cleaned.isBlank() || (cleaned.equals(title) && java.util.Objects.equals(artist, track.artist()))) {
            return track;
        }
        return new DigitalTrack(artist, cleaned, track.album(), track.year(), track.catno(), track.label(), track.isrc(),
                track.barcode(), track.source(), track.location());
    }

    /** "Title - 2011 Remaster" is a title with a suffix, not "Artist - Title". */
    private static boolean isVersion(String afterDash) {
        return TextNormalizer.title("x (" + afterDash + ")").base().equals("x");
    }
}
