package app.spindle.mirror;

/**
 * One entry of a stored Discogs list (discography, label catalogue, master versions). {@code entryType} is
 * "release" or "master"; unused columns are null.
 */
public record ListEntryRow(
        String entryType,
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
        return "master".equals(entryType);
    }
}
