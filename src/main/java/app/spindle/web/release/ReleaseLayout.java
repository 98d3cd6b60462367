package app.spindle.web.release;

import app.spindle.discogs.model.TrackType;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.mirror.query.ReleaseDetails.Credit;
import app.spindle.mirror.query.ReleaseDetails.Identifier;
import app.spindle.mirror.query.ReleaseDetails.Track;
import app.spindle.web.release.ReleasePage.CreditLine;
import app.spindle.web.release.ReleasePage.IdentifierGroup;
import app.spindle.web.release.ReleasePage.IdentifierLine;
import app.spindle.web.release.ReleasePage.Side;
import app.spindle.web.release.ReleasePage.TrackLine;
import app.spindle.web.Paths;
import app.spindle.web.entities.NameLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a release's rows into what the page shows: sides, grouped identifiers, credits by role. */
final class ReleaseLayout {
    private ReleaseLayout() {
    }

    /** "Artist A & Artist B" as printed on the release, ANVs included. */
    static String artistLine(List<Credit> credits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < credits.size(); i++) {
            Credit c = credits.get(i);
            out.append(c.shownName());
            if (i < credits.size() - 1) {
                out.append(NameLink.separator(c.join()));
            }
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    static List<Side> sides(List<Track> tracks) {
        Map<String, List<TrackLine>> bySide = new LinkedHashMap<>();
        String current = "";
        for (Track t : tracks) {
            TrackKind kind = TrackKind.of(TrackType.of(t.type()), t.parentSeq() != null);
            if (t.parentSeq() == null && t.side() != null && !t.side().isBlank()) {
                current = t.side();
            }
            bySide.computeIfAbsent(current, k -> new ArrayList<>()).add(new TrackLine(kind, t.position(), t.title(),
                    t.duration(), t.artists().isEmpty() ? null : artistLine(t.artists()), creditText(t.credits()),
                    artistLinks(t.artists())));
        }
        List<Side> sides = new ArrayList<>();
        bySide.forEach((side, lines) -> sides.add(new Side(side.isEmpty() ? null : sideLabel(side), lines)));
        return sides;
    }

    private static String sideLabel(String side) {
        return side.chars().allMatch(Character::isDigit) ? "Disc " + side : "Side " + side;
    }

    private static String creditText(List<Credit> credits) {
        if (credits.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (CreditLine line : creditLines(credits)) {
            parts.add(line.role() + ": " + line.names());
        }
        return String.join(" · ", parts);
    }

    static List<IdentifierGroup> identifierGroups(List<Identifier> identifiers) {
        Map<String, List<IdentifierLine>> byType = new LinkedHashMap<>();
        for (Identifier i : identifiers) {
            String type = i.type() == null || i.type().isBlank() ? "Other" : i.type();
            byType.computeIfAbsent(type, k -> new ArrayList<>()).add(new IdentifierLine(i.value(), i.description()));
        }
        List<IdentifierGroup> groups = new ArrayList<>();
        byType.forEach((type, lines) -> groups.add(new IdentifierGroup(type, lines)));
        return groups;
    }

    /** Credits grouped by role, in the order roles first appear; each name links to its artist. */
    static List<CreditLine> creditLines(List<Credit> credits) {
        Map<String, List<NameLink>> byRole = new LinkedHashMap<>();
        for (Credit c : credits) {
            String role = c.role() == null || c.role().isBlank() ? "Credit" : c.role();
            String name = c.shownName() + (c.tracks() != null && !c.tracks().isBlank() ? " (tracks " + c.tracks() + ")" : "");
            byRole.computeIfAbsent(role, k -> new ArrayList<>())
                    .add(new NameLink(name, c.artistId() > 0 ? Paths.artist(c.artistId()) : null, ", "));
        }
        List<CreditLine> lines = new ArrayList<>();
        byRole.forEach((role, names) -> {
            List<NameLink> links = new ArrayList<>(names);
            NameLink last = links.remove(links.size() - 1);
            links.add(new NameLink(last.name(), last.path(), ""));
            lines.add(new CreditLine(role, String.join(", ", names.stream().map(NameLink::name).toList()), links));
        });
        return lines;
    }

    /** The artists as printed, each linking to their page, joined as on the release. */
    static List<NameLink> artistLinks(List<Credit> credits) {
        return NameLink.artists(credits);
    }

    static List<String> formatLines(ReleaseDetails release) {
        return FormatWords.lines(release.formats());
    }
}
