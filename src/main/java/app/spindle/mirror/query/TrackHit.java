package app.spindle.mirror.query;

/** A track and the record it is on: where (position, side), how long, and whether the record is owned or wanted. */
public record TrackHit(long releaseId, String position, String side, String title, String duration,
                       String trackArtist, String artist, String releaseTitle, Integer year, String coverFile,
                       int copies, boolean wanted) {
}
