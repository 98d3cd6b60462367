package app.spindle.discogs.model;

import java.util.List;

/** A page of an artist's discography. */
public record ArtistReleasesPage(DiscogsPagination pagination, List<DiscogsArtistRelease> releases) {
    public ArtistReleasesPage {
        releases = releases == null ? List.of() : List.copyOf(releases);
    }
}
