package app.spindle.web.export;

import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfItem;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.ShelfSort;
import app.spindle.playlists.ExportPlaylist;
import app.spindle.playlists.M3u8Writer;
import app.spindle.playlists.PlaylistCsvRows;
import app.spindle.playlists.RekordboxXmlWriter;
import app.spindle.playlists.ShelfPlaylists;
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
import java.util.List;
import java.util.Map;

/**
 * The collection or the wantlist — or any filtered view of them, a folder included, with the pages' own
 * filter parameters — as a playlist of their records' tracks for DJ software: {@code .m3u8}, Rekordbox
 * {@code .xml} or {@code .csv}, e.g. {@code /export/playlists/collection.xml?folder=3}.
 */
public final class PlaylistExportRoutes implements RouteGroup {
    public static final String PATH = "/export/playlists/{file}";
    private static final Map<String, Shelf> SHELVES = Map.of("collection", Shelf.COLLECTION, "wantlist", Shelf.WANTLIST);
    private static final int SLICE = 1_000;

    private final String basePath;
    private final ShelfReader reader;
    private final ShelfPlaylists playlists;

    public PlaylistExportRoutes(String basePath, ShelfReader reader, ShelfPlaylists playlists) {
        this.basePath = basePath;
        this.reader = reader;
        this.playlists = playlists;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(PATH, this::export);
    }

    private void export(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        Shelf shelf = dot < 0 ? null : SHELVES.get(file.substring(0, dot));
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (shelf == null || !List.of("m3u8", "xml", "csv").contains(format)) {
            ctx.status(404).contentType("text/plain; charset=utf-8")
                    .result("No such playlist: use collection or wantlist, as .m3u8, .xml or .csv");
            return;
        }
        ShelfRequest request = ShelfParams.parse(ctx, shelf, basePath.isEmpty() ? "/" : basePath);
        java.util.Set<Long> releaseIds = new java.util.LinkedHashSet<>();
        for (int offset = 0; ; offset += SLICE) {
            List<ShelfItem> items = reader.page(shelf, request.filter(), ShelfSort.NEWEST_FIRST, offset, SLICE);
            items.forEach(item -> releaseIds.add(item.releaseId()));
            if (items.size() < SLICE) {
                break;
            }
        }
        String name = shelf == Shelf.COLLECTION ? "Collection" : "Wantlist";
        ExportPlaylist playlist = playlists.releases(name, List.copyOf(releaseIds));
        ctx.header("Content-Disposition", "attachment; filename=\"spindle-" + file + "\"");
        ctx.header("Cache-Control", "no-store");
        switch (format) {
            case "xml" -> {
                ctx.contentType("application/xml; charset=utf-8");
                RekordboxXmlWriter.write(List.of(playlist), ctx.outputStream());
            }
            case "m3u8" -> {
                ctx.contentType("audio/x-mpegurl; charset=utf-8");
                M3u8Writer.write(playlist, writer(ctx));
            }
            default -> {
                ctx.contentType("text/csv; charset=utf-8");
                Writer out = writer(ctx);
                for (List<String> row : PlaylistCsvRows.of(playlist)) {
                    out.write(CsvCells.line(row));
                }
                out.flush();
            }
        }
    }

    private static Writer writer(Context ctx) {
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    }
}
