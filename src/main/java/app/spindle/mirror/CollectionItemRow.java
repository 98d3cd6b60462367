package app.spindle.mirror;

/**
 * One owned copy as the mirror keeps it. The sort and format columns repeat the listing's
 * basic_information so the collection page can filter and sort from this table alone.
 */
public record CollectionItemRow(
        long instanceId,
        long releaseId,
        long folderId,
        int rating,
        String dateAdded,
        String addedAt,
        String mediaCondition,
        String sleeveCondition,
        String sortArtist,
        String sortTitle,
        String sortLabel,
        String sortCatno,
        Integer year,
        String formatName,
        String formatSize,
        Long listedRunId) {
}
