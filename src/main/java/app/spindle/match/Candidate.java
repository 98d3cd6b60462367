package app.spindle.match;

import java.util.List;
import java.util.Objects;

/**
 * A release that might be what the user is looking for, from the mirror or from a Discogs search.
 * Anything unknown is null or an empty list (a search result has no tracklist; a mirrored release
 * does). {@code artist} is the credit as Discogs writes it ("Prince (2)", "Various"); {@code year}
 * 0 or null means unknown; {@code barcodes} may hold matrix strings, which are ignored.
 */
public record Candidate(
        long releaseId,
        String artist,
        String title,
        Integer year,
        List<String> catnos,
        List<String> labels,
        List<String> barcodes,
        List<String> formats,
        String country,
        List<CandidateTrack> tracks,
        CandidateSource source,
        boolean owned,
        boolean wanted,
        String thumb) {

    public Candidate {
        catnos = present(catnos);
        labels = present(labels);
        barcodes = present(barcodes);
        formats = present(formats);
        tracks = present(tracks);
        if (year != null && year <= 0) {
            year = null;
        }
    }

    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
