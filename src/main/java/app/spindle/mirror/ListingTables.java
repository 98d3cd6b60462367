package app.spindle.mirror;

import java.util.List;

/**
 * The statements that write one listed copy or want, each beside the method that runs it; {@link ListingWriter}
 * runs them for every item of a page on statements kept for the page ({@link KeptStatements}).
 */
final class ListingTables {
    private final KeptStatements s;

    ListingTables(KeptStatements s) {
        this.s = s;
    }

    void upsertCopy(CollectionItemRow c) {
        ListedKeys k = c.keys();
        s.update("""
                INSERT INTO collection_items (instance_id, release_id, folder_id, rating, date_added, added_at,
                    media_condition, sleeve_condition, sort_artist, sort_title, sort_label, sort_catno, year,
                    format_name, format_size, listed_run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (instance_id) DO UPDATE SET release_id = excluded.release_id,
                    folder_id = excluded.folder_id, rating = excluded.rating, date_added = excluded.date_added,
                    added_at = excluded.added_at, media_condition = excluded.media_condition,
                    sleeve_condition = excluded.sleeve_condition, sort_artist = excluded.sort_artist,
                    sort_title = excluded.sort_title, sort_label = excluded.sort_label,
                    sort_catno = excluded.sort_catno, year = excluded.year, format_name = excluded.format_name,
                    format_size = excluded.format_size,
                    listed_run_id = coalesce(excluded.listed_run_id, listed_run_id)
                """, c.instanceId(), c.releaseId(), c.folderId(), c.rating(), c.dateAdded(), c.addedAt(),
                c.mediaCondition(), c.sleeveCondition(), k.sortArtist(), k.sortTitle(), k.sortLabel(), k.sortCatno(),
                k.year(), k.formatName(), k.formatSize(), c.listedRunId());
    }

    /** A copy's custom field values (media and sleeve condition, notes…) as listed, replacing those stored. */
    void replaceFieldValues(long instanceId, List<Integer> fieldIds, List<String> values) {
        s.update("DELETE FROM collection_item_fields WHERE instance_id = ?", instanceId);
        for (int i = 0; i < fieldIds.size(); i++) {
            s.update("INSERT INTO collection_item_fields (instance_id, field_id, value) VALUES (?, ?, ?)",
                    instanceId, fieldIds.get(i), values.get(i));
        }
    }

    void upsertWant(WantRow w) {
        ListedKeys k = w.keys();
        s.update("""
                INSERT INTO wants (release_id, rating, date_added, added_at, notes, sort_artist, sort_title, sort_label,
                    sort_catno, year, format_name, format_size, listed_run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (release_id) DO UPDATE SET rating = excluded.rating, date_added = excluded.date_added,
                    added_at = excluded.added_at, notes = excluded.notes, sort_artist = excluded.sort_artist,
                    sort_title = excluded.sort_title, sort_label = excluded.sort_label,
                    sort_catno = excluded.sort_catno, year = excluded.year, format_name = excluded.format_name,
                    format_size = excluded.format_size,
                    listed_run_id = coalesce(excluded.listed_run_id, listed_run_id)
                """, w.releaseId(), w.rating(), w.dateAdded(), w.addedAt(), w.notes(), k.sortArtist(), k.sortTitle(),
                k.sortLabel(), k.sortCatno(), k.year(), k.formatName(), k.formatSize(), w.listedRunId());
    }
}
