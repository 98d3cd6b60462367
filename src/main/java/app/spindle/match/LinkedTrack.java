package app.spindle.match;

/** A digital track the user linked to a release, with where it is on the record when known. */
public record LinkedTrack(long id, long releaseId, String artist, String title, String album, String source,
                          String position, String side, Double confidence, String linkedAt) {
}
