package app.spindle.web.release;

import app.spindle.match.LinkedTrack;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.mirror.query.ReleaseDetailsQuery.RelatedPressing;
import app.spindle.web.Layout;
import java.util.List;

/** The release page: the mirrored release, arranged for reading, with the digital tracks linked to it. */
public record ReleasePage(
        Layout layout,
        ReleaseDetails release,
        String artistLine,
        List<String> formatLines,
        List<Side> sides,
        List<IdentifierGroup> identifierGroups,
        List<CreditLine> credits,
        List<RelatedPressing> otherPressings,
        String coverUrl,
        String discogsUrl,
        List<LinkedTrack> linkedTracks,
        ReleaseActionsView actions) {

    /** Tracks under one side heading ("Side A"); CDs and files have one unnamed side. */
    public record Side(String label, List<TrackLine> tracks) {
    }

    /** kind: track | heading | index | subtrack. */
    public record TrackLine(String kind, String position, String title, String duration, String artists, String credits) {
    }

    public record IdentifierGroup(String type, List<IdentifierLine> entries) {
    }

    public record IdentifierLine(String value, String description) {
    }

    public record CreditLine(String role, String names) {
    }
}
