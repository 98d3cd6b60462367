package app.spindle.mirror;

import app.spindle.discogs.model.DiscogsType;

/**
 * One entry of a stored Discogs list (discography, label catalogue, master versions). {@code entryType} is
 * a release or a master, stored as Discogs' word; unused columns are null.
 */
public record ListEntryRow(
        DiscogsType entryType,
        long entryId,
        Long mainReleaseId,
        String title,
        String artist,
        String role,
        Integer year,
        String format,
        String label,
        String catno,
        String country,
        String thumb) {

    public boolean isMaster() {
        return entryType == DiscogsType.MASTER;
    }
}
