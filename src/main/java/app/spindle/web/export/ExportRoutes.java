package app.spindle.web.export;

import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfItem;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.ShelfSort;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.shelf.ShelfParams;
import app.spindle.web.shelf.ShelfRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The collection and the wantlist as CSV in the columns of Discogs's own export, streamed in slices so a
 * 100,000-copy collection never sits in memory. The same filter parameters as the pages narrow it. The
 * wantlist adds Spindle's own columns after Discogs's: the newest lowest price seen, its currency and
 * when it was seen (empty: never looked up, or nothing for sale), and the user's target.
 */
public final class ExportRoutes implements RouteGroup {
    static final List<String> COLLECTION_COLUMNS = List.of("Catalog#", "Artist", "Title", "Label", "Format", "Rating",
            "Released", "release_id", "CollectionFolder", "Date Added", "Collection Media Condition",
            "Collection Sleeve Condition", "Collection Notes");
    static final List<String> WANTLIST_COLUMNS = List.of("Catalog#", "Artist", "Title", "Label", "Format", "Rating",
            "Released", "release_id", "Notes", "Lowest Price", "Price Currency", "Price Seen", "Target Price");
    private static final int SLICE = 1_000;

    private final String basePath;
    private final ShelfReader reader;
    private final Clock clock;

    public ExportRoutes(String basePath, ShelfReader reader, Clock clock) {
        this.basePath = basePath;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.EXPORT_COLLECTION, ctx -> export(ctx, Shelf.COLLECTION, "collection", COLLECTION_COLUMNS));
        routes.get(Paths.EXPORT_WANTLIST, ctx -> export(ctx, Shelf.WANTLIST, "wantlist", WANTLIST_COLUMNS));
    }

    private void export(Context ctx, Shelf shelf, String name, List<String> columns) throws IOException {
        ShelfRequest request = ShelfParams.parse(ctx, shelf, basePath.isEmpty() ? "/" : basePath);
        ShelfSort order = new ShelfSort(ShelfSort.Key.ARTIST, false);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"spindle-" + name + "-" + LocalDate.now(clock) + ".csv\"");
        ctx.header("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        out.write(CsvCells.line(columns));
        for (int offset = 0; ; offset += SLICE) {
            List<ShelfItem> items = reader.page(shelf, request.filter(), order, offset, SLICE);
            for (ShelfItem item : items) {
                out.write(CsvCells.line(shelf == Shelf.COLLECTION ? collectionRow(item) : wantRow(item)));
            }
            if (items.size() < SLICE) {
                break;
            }
        }
        out.flush();
    }

    private static List<String> common(ShelfItem item) {
        List<String> cells = new ArrayList<>();
        cells.add(item.labels().stream().map(l -> l.catno() == null ? "" : l.catno()).collect(Collectors.joining(", ")));
        cells.add(item.artist());
        cells.add(item.title());
        cells.add(item.labels().stream().map(l -> l.name() == null ? "" : l.name()).collect(Collectors.joining(", ")));
        cells.add(DiscogsFormat.of(item.formats()));
        cells.add(item.rating() == 0 ? "" : Integer.toString(item.rating()));
        cells.add(item.year() == null ? "" : item.year().toString());
        cells.add(Long.toString(item.releaseId()));
        return cells;
    }

    private static List<String> collectionRow(ShelfItem item) {
        List<String> cells = common(item);
        cells.add(item.folderName());
        cells.add(dateAdded(item.addedAt()));
        cells.add(item.mediaCondition());
        cells.add(item.sleeveCondition());
        cells.add(item.notes());
        return cells;
    }

    private static List<String> wantRow(ShelfItem item) {
        List<String> cells = common(item);
        cells.add(item.notes());
        ShelfItem.Price price = item.price();
        boolean seen = price != null && price.seenAt() != null;
        cells.add(seen ? amount(price.lowest()) : "");
        cells.add(seen && price.lowest() != null ? price.currency() : "");
        cells.add(seen ? dateAdded(price.seenAt()) : "");
        cells.add(price == null ? "" : amount(price.target()) + (price.target() == null ? "" : " " + price.targetCurrency()));
        return cells;
    }

    private static String amount(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /** "2024-03-05T10:00:00Z" → "2024-03-05 10:00:00", as Discogs writes it. */
    static String dateAdded(String instant) {
        if (instant == null) {
            return "";
        }
        String s = instant.replace('T', ' ');
        s = s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
        int dot = s.indexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
