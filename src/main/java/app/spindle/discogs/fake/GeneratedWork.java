package app.spindle.discogs.fake;

import java.util.List;

/** What all versions of one generated master share: artists, title, genre, styles and the songs. */
record GeneratedWork(
        int index,
        long masterId,
        int kind,
        String title,
        List<ReleaseFacts.Credit> artists,
        String genre,
        List<String> styles,
        List<String> trackTitles,
        int[] trackSeconds,
        int indexTrackAt,
        String suiteTitle) {

    /** Position in {@link #trackTitles} that becomes an index track with sub-tracks; -1 when none. */
    boolean hasIndexTrack() {
        return indexTrackAt >= 0;
    }
}
