package app.spindle.mirror.query;

import java.util.EnumSet;
import java.util.Set;

/**
 * One way to narrow a shelf, with the SQL that filters by it and the SQL that counts its values.
 * Conditions test the shelf row {@code i} against the bound parameter named after the facet; the
 * counting queries read the already-filtered rows from a CTE also called {@code i}, whose
 * {@code item_key} names each entry once (a release may list a label or genre twice). Values are bound,
 * never written into the SQL; only these constants are.
 * <p>
 * Conditions and counts on a release's genres, styles, labels or country walk the shelf's rows and look each release
 * up, so their work is in proportion to the shelf, never to the mirror: the conditions as {@code EXISTS}, the counts
 * with {@code CROSS JOIN}, which keeps SQLite from choosing the other order (it keeps no statistics here). With the
 * catalogue imported, the release tables' order cost 0.24–0.42 s a facet count and 0.19 s a "Rock" filter on a
 * wantlist of 2,000, against 0.01 s and less (BENCHMARKS.md, round 12). On a mirror that is all shelf, the lists
 * were faster (a "Rock" count over 100,000 copies 0.03 s against 0.07 s), but a shelf that large is answered from
 * memory ({@link ShelfIndex}) once read, and a small one takes milliseconds either way.
 */
public enum Facet {
    FOLDER("folder", ValueKind.NUMBER, EnumSet.of(Shelf.COLLECTION),
            "i.folder_id = :folder",
            """
            SELECT g.value, coalesce(cf.name, 'Folder ' || g.value), g.n
            FROM (SELECT i.folder_id AS value, count(*) AS n FROM i GROUP BY 1) g
            LEFT JOIN collection_folders cf ON cf.id = g.value
            ORDER BY g.value"""),
    FORMAT("format", ValueKind.TEXT, EnumSet.allOf(Shelf.class),
            "i.format_name = :format",
            """
            SELECT i.format_name, i.format_name, count(*) FROM i
            WHERE coalesce(i.format_name, '') <> '' GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 30"""),
    SIZE("size", ValueKind.SIZE, EnumSet.allOf(Shelf.class), null, null),
    GENRE("genre", ValueKind.TEXT, EnumSet.allOf(Shelf.class),
            "EXISTS (SELECT 1 FROM release_genres fg WHERE fg.release_id = i.release_id AND fg.genre = :genre)",
            """
            SELECT g.genre, g.genre, count(DISTINCT i.item_key) FROM i CROSS JOIN release_genres g ON g.release_id = i.release_id
            GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 30"""),
    STYLE("style", ValueKind.TEXT, EnumSet.allOf(Shelf.class),
            "EXISTS (SELECT 1 FROM release_styles fs WHERE fs.release_id = i.release_id AND fs.style = :style)",
            """
            SELECT s.style, s.style, count(DISTINCT i.item_key) FROM i CROSS JOIN release_styles s ON s.release_id = i.release_id
            GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 30"""),
    DECADE("decade", ValueKind.NUMBER, EnumSet.allOf(Shelf.class),
            "i.year BETWEEN :decade AND :decade + 9",
            """
            SELECT i.year / 10 * 10, (i.year / 10 * 10) || 's', count(*) FROM i
            WHERE i.year IS NOT NULL GROUP BY 1 ORDER BY 1"""),
    YEAR("year", ValueKind.NUMBER, EnumSet.allOf(Shelf.class),
            "i.year = :year",
            "SELECT i.year, i.year, count(*) FROM i WHERE i.year IS NOT NULL GROUP BY 1 ORDER BY 1"),
    // Names come from the release rows: the labels table may not know every label yet.
    LABEL("label", ValueKind.NUMBER, EnumSet.allOf(Shelf.class),
            "EXISTS (SELECT 1 FROM release_labels fl WHERE fl.release_id = i.release_id AND fl.kind = 'label' AND fl.label_id = :label)",
            """
            SELECT g.label_id, (SELECT x.name FROM release_labels x WHERE x.label_id = g.label_id LIMIT 1), g.n
            FROM (SELECT l.label_id, count(DISTINCT i.item_key) AS n FROM i
                  CROSS JOIN release_labels l ON l.release_id = i.release_id AND l.kind = 'label'
                  GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30) g"""),
    COUNTRY("country", ValueKind.TEXT, EnumSet.allOf(Shelf.class),
            "EXISTS (SELECT 1 FROM releases fr WHERE fr.id = i.release_id AND fr.country = :country)",
            """
            SELECT r.country, r.country, count(*) FROM i CROSS JOIN releases r ON r.id = i.release_id
            WHERE coalesce(r.country, '') <> '' GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 30"""),
    RATING("rating", ValueKind.NUMBER, EnumSet.allOf(Shelf.class),
            "i.rating = :rating",
            "SELECT i.rating, i.rating, count(*) FROM i GROUP BY 1 ORDER BY 1 DESC"),
    CONDITION("condition", ValueKind.TEXT, EnumSet.of(Shelf.COLLECTION),
            "i.media_condition = :condition",
            """
            SELECT i.media_condition, i.media_condition, count(*) FROM i
            WHERE coalesce(i.media_condition, '') <> '' GROUP BY 1 ORDER BY 3 DESC, 1"""),
    PRICE("price", ValueKind.PRICE, EnumSet.of(Shelf.WANTLIST), null, null);

    /** What a facet's value is: a whole number, free text, or one of {@link SizeOption} or {@link PriceOption}. */
    public enum ValueKind { NUMBER, TEXT, SIZE, PRICE }

    private final String param;
    private final ValueKind kind;
    private final Set<Shelf> shelves;
    private final String condition;
    private final String countSql;

    Facet(String param, ValueKind kind, Set<Shelf> shelves, String condition, String countSql) {
        this.param = param;
        this.kind = kind;
        this.shelves = shelves;
        this.condition = condition;
        this.countSql = countSql;
    }

    /** The query parameter, e.g. {@code genre}; also the name the value is bound to. */
    public String param() {
        return param;
    }

    public ValueKind kind() {
        return kind;
    }

    public boolean appliesTo(Shelf shelf) {
        return shelves.contains(shelf);
    }

    String condition(String value) {
        return switch (kind) {
            case SIZE -> SizeOption.fromLabel(value).orElseThrow().condition();
            case PRICE -> PriceOption.fromValue(value).orElseThrow().condition();
            default -> condition;
        };
    }

    /** The values of a facet with a fixed list of them (sizes, prices); empty for the others. */
    java.util.List<? extends FixedChoice> choices() {
        return switch (kind) {
            case SIZE -> java.util.List.of(SizeOption.values());
            case PRICE -> java.util.List.of(PriceOption.values());
            default -> java.util.List.of();
        };
    }

    String countSql() {
        return countSql;
    }
}
