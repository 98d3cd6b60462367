package app.spindle.mirror;

import org.jdbi.v3.core.mapper.Nested;

/**
 * One owned copy as the mirror keeps it. The sort and format columns ({@link ListedKeys}) repeat the
 * listing's basic_information so the collection page can filter and sort from this table alone.
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
        @Nested ListedKeys keys,
        Long listedRunId) {
}
