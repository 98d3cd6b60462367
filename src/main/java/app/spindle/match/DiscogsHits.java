package app.spindle.match;

import app.spindle.discogs.model.DiscogsMasterVersion;
import app.spindle.discogs.model.DiscogsSearchResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Discogs answers as candidates. A search result has no tracklist, reads "Artist - Title", gives the
 * year as a string and lists matrices among its barcodes ({@link Barcode#parse} ignores those); a
 * master version has only the release title, so the master's artist is passed in.
 */
final class DiscogsHits {
    private DiscogsHits() {
    }

    static DiscogsHit of(DiscogsSearchResult r) {
        String artist = null;
        String title = r.title();
        // Discogs joins the credit and the title with " - "; an artist name with " - " in it is rare
        int dash = title == null ? -1 : title.indexOf(" - ");
        if (dash > 0) {
            artist = title.substring(0, dash).strip();
            title = title.substring(dash + 3).strip();
        }
        boolean owned = r.userData() != null && r.userData().inCollection();
        boolean wanted = r.userData() != null && r.userData().inWantlist();
        Candidate c = new Candidate(r.id(), artist, title, year(r.year()), list(r.catno()), r.label().stream().distinct().toList(),
                r.barcode(), r.format(), r.country(), List.of(), CandidateSource.DISCOGS, owned, wanted, blankToNull(r.thumb()));
        return new DiscogsHit(c, r.masterId());
    }

    static DiscogsHit of(DiscogsMasterVersion v, String artist, long masterId) {
        List<String> formats = new ArrayList<>(v.majorFormats());
        if (v.format() != null) {
            for (String part : v.format().split(",")) {
                if (!part.isBlank()) {
                    formats.add(part.strip());
                }
            }
        }
        boolean owned = v.stats() != null && v.stats().user() != null && v.stats().user().inCollection() > 0;
        boolean wanted = v.stats() != null && v.stats().user() != null && v.stats().user().inWantlist() > 0;
        Candidate c = new Candidate(v.id(), artist, v.title(), year(v.released()), list(v.catno()), list(v.label()),
                List.of(), formats, v.country(), List.of(), CandidateSource.DISCOGS, owned, wanted, blankToNull(v.thumb()));
        return new DiscogsHit(c, masterId);
    }

    /** "1987", "1987-07-00" or "" → 1987 or null. */
    static Integer year(String text) {
        if (text == null || text.length() < 4) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.substring(0, 4));
            return year > 0 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
