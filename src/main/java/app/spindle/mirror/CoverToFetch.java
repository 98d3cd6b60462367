package app.spindle.mirror;

/** A release whose cover thumbnail is not cached yet, and where Discogs keeps it. */
public record CoverToFetch(long releaseId, String remoteUri) {
}
