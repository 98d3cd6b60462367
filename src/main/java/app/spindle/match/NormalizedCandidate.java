package app.spindle.match;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Candidate} in the form it is compared in. Made once per candidate: {@link Ranking} and bulk
 * matching reuse it across many tracks, where normalising tracklists again would dominate the time.
 */
public record NormalizedCandidate(
        Candidate candidate,
        ArtistCredit artist,
        TitleParts title,
        String album,
        List<CatalogNumber> catnos,
        List<Barcode> barcodes,
        List<String> labels,
        Boolean vinyl,
        List<Track> tracks) {

    /** A tracklist entry, normalised. */
    public record Track(CandidateTrack raw, TitleParts title, ArtistCredit artist) {
    }

    // Discogs format names and descriptions that mean a record: "Vinyl", "LP", "12\"", "7\"", "Flexi-disc" …
    private static final Set<String> VINYL = Set.of("vinyl", "lp", "12", "10", "7", "flexi disc", "acetate",
            "lathe cut", "shellac");

    public static NormalizedCandidate of(Candidate c) {
        List<Track> tracks = c.tracks().stream()
                .filter(t -> t.title() != null && !t.title().isBlank())
                .map(t -> new Track(t, TextNormalizer.title(t.title()),
                        t.artists().isEmpty() ? ArtistCredit.NONE : TextNormalizer.artist(String.join(", ", t.artists()))))
                .toList();
        Boolean vinyl = c.formats().isEmpty() ? null
                : c.formats().stream().map(TextNormalizer::fold).anyMatch(VINYL::contains);
        return new NormalizedCandidate(c,
                TextNormalizer.artist(c.artist()),
                TextNormalizer.title(c.title()),
                TextNormalizer.album(c.title()),
                c.catnos().stream().map(CatalogNumber::parse).flatMap(Optional::stream).toList(),
                c.barcodes().stream().map(Barcode::parse).flatMap(Optional::stream).toList(),
                c.labels().stream().map(TextNormalizer::label).filter(l -> !l.isEmpty()).toList(),
                vinyl,
                tracks);
    }
}
