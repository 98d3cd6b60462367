package app.spindle.web.release;

import app.spindle.match.LinkedTrack;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.mirror.query.ReleaseDetailsQuery.RelatedPressing;
import app.spindle.web.Layout;
import app.spindle.web.Paths;
import app.spindle.web.shelf.ItemText;
import app.spindle.web.entities.NameLink;
import java.util.List;

/** The release page: the mirrored release, arranged for reading, with the digital tracks linked to it. */
public record ReleasePage(
        Layout layout,
        ReleaseDetails release,
        String artistLine,
        List<NameLink> artistLinks,
        List<String> formatLines,
        List<Side> sides,
        List<IdentifierGroup> identifierGroups,
        List<CreditLine> credits,
        List<RelatedPressing> otherPressings,
        String coverUrl,
        List<GalleryPicture> gallery,
        String discogsUrl,
        List<LinkedTrack> linkedTracks,
        String freshness,
        ReleaseActionsView actions) {

    /** The gallery's first thumbnails, shown at once; a box set's dozens of images fold away behind them. */
    public List<GalleryPicture> galleryFirst() {
        return gallery.subList(0, Math.min(GALLERY_SHOWN, gallery.size()));
    }

    public List<GalleryPicture> galleryMore() {
        return gallery.subList(Math.min(GALLERY_SHOWN, gallery.size()), gallery.size());
    }

    private static final int GALLERY_SHOWN = 8;

    /** Up to two letters for the cover placeholder. */
    public String initials() {
        return ItemText.initials(artistLine, release.title());
    }

    /** The release date as Discogs gives it ("1999-03-00" reads "March 1999"), or null. */
    public String released() {
        return release.releasedFormatted() != null ? release.releasedFormatted() : release.released();
    }

    public String refreshUrl() {
        return layout.url(Paths.withId(Paths.RELEASE_REFRESH, release.id()));
    }

    /** Neither in the collection nor in the wantlist: opened from search, a credit, a label or a master. */
    public boolean browsed() {
        return release.copies().isEmpty() && release.want() == null;
    }

    /** Tracks under one side heading ("Side A"); CDs and files have one unnamed side. */
    public record Side(String label, List<TrackLine> tracks) {
    }

    public record TrackLine(TrackKind kind, String position, String title, String duration, String artists, String credits,
                            List<NameLink> artistLinks) {
    }

    public record IdentifierGroup(String type, List<IdentifierLine> entries) {
    }

    public record IdentifierLine(String value, String description) {
    }

    public record CreditLine(String role, String names, List<NameLink> links) {
    }
}
