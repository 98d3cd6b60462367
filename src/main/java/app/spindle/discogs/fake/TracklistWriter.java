package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Lays a work's songs out on a format the way Discogs lists them: sides A/B (C/D…) on vinyl, "A" alone when a
 * side holds one track, 1..n or 1-1..2-n on CD, a heading per record in a box set, bonus-track headings, an
 * index track with sub_tracks, and durations that are sometimes "".
 */
final class TracklistWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    ArrayNode write(GeneratedWork work, FormatKind kind, int boxRecords, boolean reissue, Dice dice) {
        boolean noDurations = dice.chance(0.15);
        ArrayNode tracklist = JSON.arrayNode();
        List<String> titles = work.trackTitles();
        if (kind == FormatKind.CD) {
            writeCd(work, tracklist, reissue && titles.size() >= 8 && dice.chance(0.5), noDurations, dice);
            return tracklist;
        }
        int sides = Math.min(kind.sides(boxRecords), titles.size());
        int perRecord = kind == FormatKind.BOX_SET ? 2 : Integer.MAX_VALUE;
        int next = 0;
        for (int side = 0; side < sides; side++) {
            if (side % perRecord == 0 && kind == FormatKind.BOX_SET) {
                tracklist.add(heading("LP " + (side / 2 + 1)));
            }
            int onSide = titles.size() / sides + (side < titles.size() % sides ? 1 : 0);
            char letter = (char) ('A' + side);
            for (int t = 0; t < onSide; t++, next++) {
                String position = onSide == 1 ? String.valueOf(letter) : letter + String.valueOf(t + 1);
                if (next == work.indexTrackAt()) {
                    tracklist.add(indexTrack(work, next, position, noDurations, dice));
                } else {
                    tracklist.add(track(position, titles.get(next), duration(work.trackSeconds()[next], noDurations, dice)));
                }
            }
        }
        return tracklist;
    }

    private void writeCd(GeneratedWork work, ArrayNode tracklist, boolean bonusHeading, boolean noDurations, Dice dice) {
        List<String> titles = work.trackTitles();
        boolean twoDiscs = titles.size() > 18;
        int firstDisc = twoDiscs ? (titles.size() + 1) / 2 : titles.size();
        for (int t = 0; t < titles.size(); t++) {
            if (bonusHeading && t == titles.size() - 2) {
                tracklist.add(heading("Bonus Tracks"));
            }
            String position = !twoDiscs ? String.valueOf(t + 1)
                    : t < firstDisc ? "1-" + (t + 1) : "2-" + (t - firstDisc + 1);
            if (t == work.indexTrackAt()) {
                tracklist.add(indexTrack(work, t, position, noDurations, dice));
            } else {
                tracklist.add(track(position, titles.get(t), duration(work.trackSeconds()[t], noDurations, dice)));
            }
        }
    }

    private ObjectNode indexTrack(GeneratedWork work, int at, String position, boolean noDurations, Dice dice) {
        ObjectNode index = JSON.objectNode();
        index.put("position", "");
        index.put("type_", "index");
        index.put("title", work.suiteTitle());
        index.put("duration", "");
        ArrayNode subTracks = index.putArray("sub_tracks");
        int parts = 2 + at % 2;
        for (int p = 0; p < parts; p++) {
            String title = ROMAN[p] + ". " + (p == 0 ? work.trackTitles().get(at) : work.trackTitles().get((at + p) % work.trackTitles().size()));
            subTracks.add(track(position + (char) ('a' + p), title, duration(work.trackSeconds()[at] / parts, noDurations, dice)));
        }
        return index;
    }

    private static ObjectNode track(String position, String title, String duration) {
        ObjectNode track = JSON.objectNode();
        track.put("position", position);
        track.put("type_", "track");
        track.put("title", title);
        track.put("duration", duration);
        return track;
    }

    private static ObjectNode heading(String title) {
        ObjectNode heading = JSON.objectNode();
        heading.put("position", "");
        heading.put("type_", "heading");
        heading.put("title", title);
        heading.put("duration", "");
        return heading;
    }

    private static String duration(int seconds, boolean noDurations, Dice dice) {
        if (noDurations || dice.chance(0.03)) {
            return "";
        }
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
