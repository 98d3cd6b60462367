package app.spindle.mirror;

/** One line of the collection page: the copy and what to show of its release. */
public record CollectionListItem(
        long instanceId,
        long releaseId,
        long folderId,
        String artistCredit,
        String title,
        Integer year,
        String label,
        String catno,
        String formatName,
        String formatSize,
        String country,
        int rating,
        String dateAdded,
        String mediaCondition,
        String sleeveCondition,
        String thumb,
        String coverFile) {
}
