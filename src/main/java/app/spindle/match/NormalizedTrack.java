package app.spindle.match;

/** A {@link DigitalTrack} in the form it is compared in; absent fields are empty parts or null. */
public record NormalizedTrack(
        ArtistCredit artist,
        TitleParts title,
        String album,
        Integer year,
        CatalogNumber catno,
        Barcode barcode,
        String label) {

    public static NormalizedTrack of(DigitalTrack track) {
        return new NormalizedTrack(
                TextNormalizer.artist(track.artist()),
                TextNormalizer.title(track.title()),
                TextNormalizer.album(track.album()),
                track.year(),
                CatalogNumber.parse(track.catno()).orElse(null),
                Barcode.parse(track.barcode()).orElse(null),
                TextNormalizer.label(track.label()));
    }
}
