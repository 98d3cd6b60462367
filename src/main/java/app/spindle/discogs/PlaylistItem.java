package app.spindle.discogs;

import app.spindle.discogs.model.DiscogsBasicInformation;

/** One release in a {@link VirtualPlaylist}; {@code instanceId} is null for wantlist entries. */
public record PlaylistItem(long releaseId, Long instanceId, String dateAdded, int rating, DiscogsBasicInformation release) {
}
