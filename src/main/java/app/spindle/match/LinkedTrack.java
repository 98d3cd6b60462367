package app.spindle.match;

/**
 * A digital track the user linked to a release, with where it is on the record when known, and the file it
 * came from when the playlist named one.
 */
public record LinkedTrack(long id, long releaseId, String artist, String title, String album, String source,
                          String position, String side, Double confidence, String linkedAt, String location) {
}
