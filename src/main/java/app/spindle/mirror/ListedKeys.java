package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsBasicInformation;
import app.spindle.discogs.model.DiscogsFormat;
import app.spindle.discogs.model.DiscogsLabelCredit;

/** The sort and filter values a listed item carries, read from its basic_information. */
public record ListedKeys(String sortArtist, String sortTitle, String sortLabel, String sortCatno, Integer year,
        String formatName, String formatSize) {

    static ListedKeys none() {
        return new ListedKeys("", "", "", "", null, null, null);
    }

    static ListedKeys of(DiscogsBasicInformation b) {
        DiscogsLabelCredit label = b.labels().isEmpty() ? null : b.labels().get(0);
        DiscogsFormat format = b.formats().isEmpty() ? null : b.formats().get(0);
        String size = b.formats().stream().map(f -> FormatTraits.of(f).size())
                .filter(s -> s != null).findFirst().orElse(null);
        return new ListedKeys(ArtistCredits.sortKey(b.artists()), SearchKeys.sortKey(b.title()),
                label == null ? "" : SearchKeys.sortKey(label.name()),
                label == null || label.catno() == null ? "" : label.catno().toLowerCase(java.util.Locale.ROOT),
                b.year() == 0 ? null : b.year(), format == null ? null : format.name(), size);
    }
}
