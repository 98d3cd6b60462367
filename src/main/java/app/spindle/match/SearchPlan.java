package app.spindle.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Discogs database searches to try for a track, most selective first, as parameter maps for
 * {@code GET /database/search} (all with {@code type=release}). The caller runs them in order and
 * stops when it has enough candidates; each costs one request of the rate budget.
 *
 * <ol>
 *   <li>catalog number on vinyl, then in any format — near-proof when it hits;</li>
 *   <li>barcode;</li>
 *   <li>artist + track title on vinyl, with the year, then without it (years of digital releases
 *       are often a reissue's or a remaster's);</li>
 *   <li>artist + album on vinyl, with the year, then without;</li>
 *   <li>the same two without the vinyl filter;</li>
 *   <li>track title alone on vinyl (with the year first when there is no artist): a compilation credits
 *       the track's artist, not the release's; last, a free-text query of everything known.</li>
 * </ol>
 * Titles are sent without version suffixes and guests ("Here Comes the Sun", not
 * "Here Comes the Sun - Remastered 2009"), artists without guests or Discogs' "(2)".
 */
public final class SearchPlan {

    static final String VINYL = "Vinyl";

    private SearchPlan() {
    }

    public static List<Map<String, String>> queries(DigitalTrack track) {
        String artist = TextNormalizer.searchArtist(track.artist());
        String title = TextNormalizer.searchTitle(track.title());
        String album = TextNormalizer.searchTitle(track.album());
        String year = track.year() == null ? "" : track.year().toString();
        Optional<CatalogNumber> catno = CatalogNumber.parse(track.catno());
        Optional<Barcode> barcode = Barcode.parse(track.barcode());

        LinkedHashSet<Map<String, String>> plan = new LinkedHashSet<>();
        catno.ifPresent(c -> {
            plan.add(query("catno", c.raw(), "format", VINYL));
            plan.add(query("catno", c.raw()));
        });
        barcode.ifPresent(b -> plan.add(query("barcode", b.digits())));
        if (!artist.isEmpty()) {
            for (String format : new String[] {VINYL, ""}) {
                if (!title.isEmpty()) {
                    plan.add(query("artist", artist, "track", title, "format", format, "year", year));
                    plan.add(query("artist", artist, "track", title, "format", format));
                }
                if (!album.isEmpty()) {
                    plan.add(query("artist", artist, "release_title", album, "format", format, "year", year));
                    plan.add(query("artist", artist, "release_title", album, "format", format));
                }
            }
        }
        // with an artist too: a compilation credits the track's artist, which a release's artist search misses
        if (!title.isEmpty()) {
            if (artist.isEmpty()) {
                plan.add(query("track", title, "format", VINYL, "year", year));
            }
            plan.add(query("track", title, "format", VINYL));
        }
        String text = String.join(" ", nonEmpty(artist, title.isEmpty() ? album : title)).strip();
        if (!text.isEmpty()) {
            plan.add(query("q", text));
        }
        return List.copyOf(plan);
    }

    /** A parameter map with {@code type=release} first; empty values are left out. */
    private static Map<String, String> query(String... keysAndValues) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("type", "release");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!keysAndValues[i + 1].isEmpty()) {
                q.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return java.util.Collections.unmodifiableMap(q);
    }

    private static List<String> nonEmpty(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }
}
