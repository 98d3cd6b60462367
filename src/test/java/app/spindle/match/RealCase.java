package app.spindle.match;

import java.util.List;

/**
 * One labelled digital track of the real-record exam: the tags a file would carry; the vinyl release it
 * was taken from ({@code expected}, null when the track is on no record the fake knows); the other releases
 * that are the same record ({@code equivalents}: vinyl holding the same track by the same artist, and any
 * release of the expected one's master holding it); its position there;
 * whether that release is in the user's mirror; which half it belongs to ({@code tune} may be looked at
 * while changing the matcher, {@code report} only measured); its kind and the noise applied.
 */
record RealCase(int id, String half, String kind, String artist, String title, String album, Integer year, String label,
                String catno, Long expected, List<Long> equivalents, String position, boolean inMirror, List<String> noise) {
    static final String TUNE = "tune";
    static final String REPORT = "report";

    RealCase {
        equivalents = equivalents == null ? List.of() : List.copyOf(equivalents);
        noise = noise == null ? List.of() : List.copyOf(noise);
    }

    DigitalTrack track() {
        return new DigitalTrack(artist, title, album, year, catno, label, null, null, "case " + id);
    }

    boolean absent() {
        return expected == null;
    }

    boolean rightRecord(long releaseId) {
        return expected != null && (expected == releaseId || equivalents.contains(releaseId));
    }
}
