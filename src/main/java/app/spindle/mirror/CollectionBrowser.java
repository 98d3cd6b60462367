package app.spindle.mirror;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The collection page's query, built from a {@link CollectionFilter}: only whitelisted columns are
 * written into the SQL, every value is bound. Filters and sorts run on {@code collection_items}'
 * own indexed columns, so a page of a 100,000-copy collection takes milliseconds.
 */
public final class CollectionBrowser {
    private final Jdbi jdbi;

    public CollectionBrowser(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page of copies and the number of copies matching the filter. */
    public record Page(List<CollectionListItem> items, long total) {
    }

    public Page page(CollectionFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        String orderBy = filter.sort().orderBy("ci", "instance_id", filter.descending());
        // The page is chosen on collection_items' narrow indexed columns first; only its 50 rows are then
        // joined for display, so sorting thousands of matches never drags the display columns along.
        String select = """
                WITH chosen AS (
                    SELECT ci.instance_id FROM collection_items ci
                """ + (filter.country() != null ? " JOIN releases r ON r.id = ci.release_id" : "") + where
                + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset" + """
                )
                SELECT ci.instance_id, ci.release_id, ci.folder_id, r.artist_credit, r.title, ci.year,
                    (SELECT name FROM release_labels l WHERE l.release_id = ci.release_id AND l.kind = 'label'
                        ORDER BY l.position LIMIT 1) AS label,
                    (SELECT catno FROM release_labels l WHERE l.release_id = ci.release_id AND l.kind = 'label'
                        ORDER BY l.position LIMIT 1) AS catno,
                    ci.format_name, ci.format_size, r.country, ci.rating, ci.date_added, ci.media_condition,
                    ci.sleeve_condition, r.thumb, cv.local_file AS cover_file
                FROM chosen
                JOIN collection_items ci ON ci.instance_id = chosen.instance_id
                JOIN releases r ON r.id = ci.release_id
                LEFT JOIN cover_images cv ON cv.release_id = ci.release_id
                ORDER BY """ + " " + orderBy;
        String count = "SELECT count(*) FROM collection_items ci"
                + (filter.country() != null ? " JOIN releases r ON r.id = ci.release_id" : "") + where;
        return jdbi.inTransaction(h -> {
            List<CollectionListItem> items = bind(h.createQuery(select), params)
                    .bind("limit", filter.pageSize())
                    .bind("offset", (filter.page() - 1) * filter.pageSize())
                    .map(ConstructorMapper.of(CollectionListItem.class)).list();
            long total = bind(h.createQuery(count), params).mapTo(Long.class).one();
            return new Page(items, total);
        });
    }

    private static String where(CollectionFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.folderId() != null && f.folderId() != 0) {
            clauses.add("ci.folder_id = :folder");
            params.put("folder", f.folderId());
        }
        if (f.formatSize() != null) {
            clauses.add("ci.format_size = :size");
            params.put("size", f.formatSize());
        }
        if (f.genre() != null) {
            clauses.add("ci.release_id IN (SELECT release_id FROM release_genres WHERE genre = :genre)");
            params.put("genre", f.genre());
        }
        if (f.style() != null) {
            clauses.add("ci.release_id IN (SELECT release_id FROM release_styles WHERE style = :style)");
            params.put("style", f.style());
        }
        if (f.year() != null) {
            clauses.add("ci.year = :year");
            params.put("year", f.year());
        }
        if (f.decade() != null) {
            clauses.add("ci.year BETWEEN :decadeFrom AND :decadeTo");
            params.put("decadeFrom", f.decade());
            params.put("decadeTo", f.decade() + 9);
        }
        if (f.labelId() != null) {
            clauses.add("ci.release_id IN (SELECT release_id FROM release_labels WHERE label_id = :label)");
            params.put("label", f.labelId());
        }
        if (f.country() != null) {
            clauses.add("r.country = :country");
            params.put("country", f.country());
        }
        if (f.rating() != null) {
            clauses.add("ci.rating = :rating");
            params.put("rating", f.rating());
        }
        if (f.mediaCondition() != null) {
            clauses.add("ci.media_condition = :media");
            params.put("media", f.mediaCondition());
        }
        String match = SearchIndex.matchQuery(f.text());
        if (!match.isEmpty()) {
            clauses.add("ci.release_id IN (SELECT rowid FROM release_search WHERE release_search MATCH :match)");
            params.put("match", match);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static <T extends SqlStatement<T>> T bind(T statement, Map<String, Object> params) {
        params.forEach(statement::bind);
        return statement;
    }
}
