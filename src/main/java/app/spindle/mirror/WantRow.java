package app.spindle.mirror;

/** One wantlist entry as the mirror keeps it, with the same sort and format columns as a copy. */
public record WantRow(
        long releaseId,
        int rating,
        String dateAdded,
        String addedAt,
        String notes,
        String sortArtist,
        String sortTitle,
        String sortLabel,
        String sortCatno,
        Integer year,
        String formatName,
        String formatSize,
        Long listedRunId) {
}
