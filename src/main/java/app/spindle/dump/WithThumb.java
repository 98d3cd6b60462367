package app.spindle.dump;

import app.spindle.discogs.model.DiscogsRelease;

/** A release with the thumbnail URL the mirror already holds (the dump carries none). */
final class WithThumb {
    private WithThumb() {
    }

    static DiscogsRelease of(DiscogsRelease r, String thumb) {
        return new DiscogsRelease(r.id(), r.status(), r.year(), r.resourceUrl(), r.uri(), r.artists(), r.artistsSort(),
                r.labels(), r.series(), r.companies(), r.formats(), r.dataQuality(), r.community(), r.formatQuantity(),
                r.dateAdded(), r.dateChanged(), r.numForSale(), r.lowestPrice(), r.masterId(), r.masterUrl(), r.title(),
                r.country(), r.released(), r.releasedFormatted(), r.notes(), r.identifiers(), r.videos(), r.genres(),
                r.styles(), r.tracklist(), r.extraartists(), r.images(), thumb, r.estimatedWeight(),
                r.blockedFromSale());
    }
}
