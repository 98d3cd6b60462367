package app.spindle.mirror;

/** One tracklist entry; sub-tracks of an index track point at it with {@code parentSeq}. */
public record TrackRow(
        int seq,
        Integer parentSeq,
        String position,
        String side,
        String type,
        String title,
        String duration,
        Integer durationSeconds) {
}
