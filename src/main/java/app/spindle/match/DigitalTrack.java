package app.spindle.match;

/**
 * One track the user wants to find on vinyl, as read from a form, pasted lines or an uploaded file.
 * Absent fields are null, never empty strings. {@code source} says where it came from, for messages
 * ("csv line 12", "m3u line 4", "rekordbox TrackID 77", "form").
 *
 * <p>{@code barcode} is not in the sketch: a form or CSV can carry one and {@link SearchPlan}
 * searches by it, so the record keeps it; the 8-argument constructor leaves it out. {@code location} is the
 * digital file the track came from (an M3U entry, a Rekordbox Location, a CSV "File" column) as a plain path
 * or URL, kept so that exported playlists point at the same file; null when the source named none.
 */
public record DigitalTrack(
        String artist,
        String title,
        String album,
        Integer year,
        String catno,
        String label,
        String isrc,
        String barcode,
        String source,
        String location) {

    public DigitalTrack {
        artist = blankToNull(artist);
        title = blankToNull(title);
        album = blankToNull(album);
        catno = blankToNull(catno);
        label = blankToNull(label);
        isrc = blankToNull(isrc);
        barcode = blankToNull(barcode);
        source = blankToNull(source);
        location = blankToNull(location);
    }

    public DigitalTrack(String artist, String title, String album, Integer year, String catno, String label,
                        String isrc, String barcode, String source) {
        this(artist, title, album, year, catno, label, isrc, barcode, source, null);
    }

    public DigitalTrack(String artist, String title, String album, Integer year, String catno, String label,
                        String isrc, String source) {
        this(artist, title, album, year, catno, label, isrc, null, source);
    }

    public static DigitalTrack of(String artist, String title) {
        return new DigitalTrack(artist, title, null, null, null, null, null, null, null);
    }

    /** The search form: every field may be empty; a year that is not a year is the user's mistake to hear about. */
    public static DigitalTrack fromForm(String artist, String title, String album, String year, String catno) {
        Integer parsedYear = null;
        if (year != null && !year.isBlank()) {
            parsedYear = YearText.parse(year);
            if (parsedYear == null) {
                throw new ImportException("The year \"" + year.strip() + "\" is not a year like 1999.");
            }
        }
        return new DigitalTrack(artist, title, album, parsedYear, catno, null, null, null, "form");
    }

    public DigitalTrack withCatno(String newCatno) {
        return new DigitalTrack(artist, title, album, year, newCatno, label, isrc, barcode, source, location);
    }

    public DigitalTrack withBarcode(String newBarcode) {
        return new DigitalTrack(artist, title, album, year, catno, label, isrc, newBarcode, source, location);
    }

    public DigitalTrack withSource(String newSource) {
        return new DigitalTrack(artist, title, album, year, catno, label, isrc, barcode, newSource, location);
    }

    public DigitalTrack withLocation(String newLocation) {
        return new DigitalTrack(artist, title, album, year, catno, label, isrc, barcode, source, newLocation);
    }

    /** True when there is nothing to search by. */
    public boolean isEmpty() {
        return artist == null && title == null && album == null && catno == null && barcode == null;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
