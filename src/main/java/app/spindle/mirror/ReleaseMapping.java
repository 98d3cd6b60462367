package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsBasicInformation;
import app.spindle.discogs.model.DiscogsCommunity;
import app.spindle.discogs.model.DiscogsFormat;
import app.spindle.discogs.model.DiscogsIdentifier;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.discogs.model.DiscogsLabelCredit;
import app.spindle.discogs.model.DiscogsRating;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsTrack;
import app.spindle.discogs.model.DiscogsVideo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Maps a Discogs release (or the basic_information of a listed item) to mirror rows. */
public final class ReleaseMapping {
    private ReleaseMapping() {
    }

    public static ReleaseRows rowsOf(DiscogsRelease r, String fetchedAt) {
        DiscogsCommunity c = r.community();
        DiscogsRating rating = c == null ? null : c.rating();
        ReleaseRow row = new ReleaseRow(r.id(), r.title(), ArtistCredits.display(r.artists()), r.artistsSort(),
                ArtistCredits.sortKey(r.artists()), SearchKeys.sortKey(r.title()), r.year() == 0 ? null : r.year(),
                r.country(), r.released(), r.releasedFormatted(), r.notes(), r.status(), r.dataQuality(),
                r.masterId(), ApiUrls.ownUrl(r.masterUrl(), ApiUrls.MASTERS, r.masterId()),
                ApiUrls.ownUrl(r.resourceUrl(), ApiUrls.RELEASES, r.id()), ApiUrls.ownUrl(r.uri(), ApiUrls.RELEASE_PAGES, r.id()),
                r.thumb(), null, r.formatQuantity(),
                r.estimatedWeight(), c == null ? null : c.have(), c == null ? null : c.want(),
                rating == null ? null : rating.average(), rating == null ? null : rating.count(),
                c == null ? null : c.status(), c == null ? null : c.dataQuality(), r.numForSale(),
                r.lowestPrice() == null ? null : r.lowestPrice().toString(), r.blockedFromSale(),
                r.dateAdded(), r.dateChanged(), null, fetchedAt);

        List<CreditRow> credits = new ArrayList<>(credits(null, CreditRow.MAIN, r.artists()));
        credits.addAll(credits(null, CreditRow.EXTRA, r.extraartists()));
        List<TrackRow> tracks = new ArrayList<>();
        List<CreditRow> trackCredits = new ArrayList<>();
        addTracks(r.tracklist(), null, tracks, trackCredits);
        List<LabelRow> labels = new ArrayList<>(labels(LabelRow.LABEL, r.labels()));
        labels.addAll(labels(LabelRow.SERIES, r.series()));
        labels.addAll(labels(LabelRow.COMPANY, r.companies()));
        List<IdentifierRow> identifiers = new ArrayList<>();
        for (DiscogsIdentifier i : r.identifiers()) {
            identifiers.add(new IdentifierRow(identifiers.size(), i.type(), i.value(), i.description(),
                    SearchKeys.catnoKey(i.value())));
        }
        List<ImageRow> images = new ArrayList<>();
        for (DiscogsImage i : r.images()) {
            images.add(new ImageRow(images.size(), i.type() == null ? null : i.type().word(), i.uri(), i.uri150(), i.resourceUrl(), i.width(), i.height()));
        }
        List<VideoRow> videos = new ArrayList<>();
        for (DiscogsVideo v : r.videos()) {
            videos.add(new VideoRow(videos.size(), v.uri(), v.title(), v.description(), v.duration(), v.embed()));
        }
        return new ReleaseRows(row, credits, tracks, trackCredits, labels, formats(r.formats()), identifiers,
                r.genres(), r.styles(), images, videos);
    }

    /** The rows a listed item's basic_information can fill before the release's details are fetched. */
    public static ReleaseRows rowsOf(DiscogsBasicInformation b, String listedAt) {
        ReleaseRow row = new ReleaseRow(b.id(), b.title() == null ? "" : b.title(), ArtistCredits.display(b.artists()),
                null, ArtistCredits.sortKey(b.artists()), SearchKeys.sortKey(b.title()), b.year() == 0 ? null : b.year(),
                null, null, null, null, null, null, b.masterId(),
                ApiUrls.ownUrl(b.masterUrl(), ApiUrls.MASTERS, b.masterId()),
                ApiUrls.ownUrl(b.resourceUrl(), ApiUrls.RELEASES, b.id()), null, b.thumb(),
                b.coverImage(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                listedAt, null);
        return new ReleaseRows(row, credits(null, CreditRow.MAIN, b.artists()), List.of(), List.of(),
                labels(LabelRow.LABEL, b.labels()), formats(b.formats()), List.of(), b.genres(), b.styles(),
                List.of(), List.of());
    }

    private static void addTracks(List<DiscogsTrack> list, Integer parent, List<TrackRow> tracks,
            List<CreditRow> trackCredits) {
        for (DiscogsTrack t : list) {
            int seq = tracks.size();
            tracks.add(new TrackRow(seq, parent, t.position(), TrackPosition.side(t.position()),
                    t.type() == null ? null : t.type().word(), t.title(),
                    t.duration(), TrackPosition.seconds(t.duration())));
            trackCredits.addAll(credits(seq, CreditRow.MAIN, t.artists()));
            trackCredits.addAll(credits(seq, CreditRow.EXTRA, t.extraartists()));
            addTracks(t.subTracks(), seq, tracks, trackCredits);
        }
    }

    private static List<CreditRow> credits(Integer trackSeq, String kind, List<DiscogsArtistCredit> list) {
        List<CreditRow> rows = new ArrayList<>();
        for (DiscogsArtistCredit a : list) {
            rows.add(new CreditRow(trackSeq, kind, rows.size(), a.id(), a.name(), a.anv(), a.join(), a.role(),
                    a.tracks(), ApiUrls.stored(a.resourceUrl(), ApiUrls.ARTISTS, a.id()), a.thumbnailUrl()));
        }
        return rows;
    }

    private static List<LabelRow> labels(String kind, List<DiscogsLabelCredit> list) {
        List<LabelRow> rows = new ArrayList<>();
        for (DiscogsLabelCredit l : list) {
            rows.add(new LabelRow(kind, rows.size(), l.id(), l.name(), l.catno(), SearchKeys.catnoKey(l.catno()),
                    l.entityType(), l.entityTypeName(), ApiUrls.stored(l.resourceUrl(), ApiUrls.LABELS, l.id()),
                    l.thumbnailUrl()));
        }
        return rows;
    }

    private static List<FormatRow> formats(List<DiscogsFormat> list) {
        List<FormatRow> rows = new ArrayList<>();
        for (DiscogsFormat f : list) {
            FormatTraits traits = FormatTraits.of(f);
            rows.add(new FormatRow(rows.size(), f.name(), f.qty(), JsonStrings.write(f.descriptions()), f.text(),
                    traits.size(), traits.speed(), traits.colour(), traits.weightGrams()));
        }
        return rows;
    }
}
