package app.spindle.match;

import java.util.List;

/**
 * One labelled digital track: the fields a file would carry, the release it is on ({@code expected},
 * null when no release holds it), the other pressings of the same record that hold the same track
 * ({@code equivalents}: just as right when the track carries nothing that tells pressings apart), the
 * track's position on the expected release, whether that release is in the user's mirror, and the
 * noise applied ("remaster suffix", "typo in title" …).
 */
record LabelledCase(int id, String artist, String title, String album, Integer year, String catno, String barcode,
                    Long expected, List<Long> equivalents, String position, boolean inMirror, List<String> noise) {

    LabelledCase {
        equivalents = equivalents == null ? List.of() : List.copyOf(equivalents);
        noise = noise == null ? List.of() : List.copyOf(noise);
    }

    DigitalTrack track() {
        return new DigitalTrack(artist, title, album, year, catno, null, null, barcode, "case " + id);
    }

    boolean rightRecord(long releaseId) {
        return expected != null && (expected == releaseId || equivalents.contains(releaseId));
    }
}
