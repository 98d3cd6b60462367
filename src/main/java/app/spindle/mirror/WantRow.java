package app.spindle.mirror;

import org.jdbi.v3.core.mapper.Nested;

/** One wantlist entry as the mirror keeps it, with the same sort and format columns as a copy. */
public record WantRow(
        long releaseId,
        int rating,
        String dateAdded,
        String addedAt,
        String notes,
        @Nested ListedKeys keys,
        Long listedRunId) {
}
