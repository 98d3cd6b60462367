package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsCommunity;
import app.spindle.discogs.model.DiscogsFormat;
import app.spindle.discogs.model.DiscogsIdentifier;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.discogs.model.DiscogsLabelCredit;
import app.spindle.discogs.model.DiscogsRating;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsTrack;
import app.spindle.discogs.model.DiscogsVideo;
import app.spindle.discogs.model.ImageType;
import app.spindle.discogs.model.TrackType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The Discogs release rebuilt from its stored rows: equal to the one written when nothing was lost. */
public final class ReleaseFromRows {
    private ReleaseFromRows() {
    }

    public static DiscogsRelease of(ReleaseRows rows) {
        ReleaseRow r = rows.release();
        DiscogsCommunity community = r.communityHave() == null && r.communityWant() == null
                && r.communityRating() == null && r.communityStatus() == null ? null
                : new DiscogsCommunity(zero(r.communityHave()), zero(r.communityWant()),
                        r.communityRating() == null && r.communityRatingCount() == null ? null
                                : new DiscogsRating(r.communityRating() == null ? 0 : r.communityRating(),
                                        zero(r.communityRatingCount())),
                        r.communityDataQuality(), r.communityStatus());
        return new DiscogsRelease(r.id(), r.status(), r.year() == null ? 0 : r.year(),
                ApiUrls.readOwnUrl(r.resourceUrl(), ApiUrls.RELEASES, r.id()),
                ApiUrls.readOwnUrl(r.uri(), ApiUrls.RELEASE_PAGES, r.id()),
                artistCredits(rows.credits(), null, CreditRow.MAIN), r.artistsSort(),
                labelCredits(rows.labels(), LabelRow.LABEL), labelCredits(rows.labels(), LabelRow.SERIES),
                labelCredits(rows.labels(), LabelRow.COMPANY),
                rows.formats().stream().map(f -> new DiscogsFormat(f.name(), f.qty(), JsonStrings.read(f.descriptions()),
                        f.text())).toList(),
                r.dataQuality(), community, zero(r.formatQuantity()), r.dateAdded(), r.dateChanged(), r.numForSale(),
                r.lowestPrice() == null ? null : new BigDecimal(r.lowestPrice()), r.masterId(),
                ApiUrls.readOwnUrl(r.masterUrl(), ApiUrls.MASTERS, r.masterId()),
                r.title(), r.country(), r.released(), r.releasedFormatted(), r.notes(),
                rows.identifiers().stream().map(i -> new DiscogsIdentifier(i.type(), i.value(), i.description())).toList(),
                rows.videos().stream().map(v -> new DiscogsVideo(v.uri(), v.title(), v.description(), v.duration(),
                        v.embed())).toList(),
                rows.genres(), rows.styles(), tracks(rows, null),
                artistCredits(rows.credits(), null, CreditRow.EXTRA),
                rows.images().stream().map(i -> new DiscogsImage(ImageType.of(i.type()), i.uri(), i.uri150(), i.resourceUrl(),
                        i.width(), i.height())).toList(),
                r.thumb(), r.estimatedWeight(), r.blockedFromSale());
    }

    private static List<DiscogsTrack> tracks(ReleaseRows rows, Integer parent) {
        List<DiscogsTrack> out = new ArrayList<>();
        for (TrackRow t : rows.tracks()) {
            if (java.util.Objects.equals(t.parentSeq(), parent)) {
                out.add(new DiscogsTrack(t.position(), TrackType.of(t.type()), t.title(), t.duration(),
                        artistCredits(rows.trackCredits(), t.seq(), CreditRow.MAIN),
                        artistCredits(rows.trackCredits(), t.seq(), CreditRow.EXTRA), tracks(rows, t.seq())));
            }
        }
        return out;
    }

    private static List<DiscogsArtistCredit> artistCredits(List<CreditRow> rows, Integer trackSeq, String kind) {
        return rows.stream()
                .filter(c -> java.util.Objects.equals(c.trackSeq(), trackSeq) && c.kind().equals(kind))
                .map(c -> new DiscogsArtistCredit(c.artistId(), c.name(), c.anv(), c.joinText(), c.role(), c.tracks(),
                        ApiUrls.read(c.resourceUrl(), ApiUrls.ARTISTS, c.artistId()), c.thumbnailUrl()))
                .toList();
    }

    private static List<DiscogsLabelCredit> labelCredits(List<LabelRow> rows, String kind) {
        return rows.stream().filter(l -> l.kind().equals(kind))
                .map(l -> new DiscogsLabelCredit(l.labelId(), l.name(), l.catno(), l.entityType(), l.entityTypeName(),
                        ApiUrls.read(l.resourceUrl(), ApiUrls.LABELS, l.labelId()), l.thumbnailUrl()))
                .toList();
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
