package app.spindle.web.export;

import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfItem;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.ShelfSort;
import app.spindle.playlists.ExportPlaylist;
import app.spindle.playlists.ShelfPlaylists;
import app.spindle.playlists.SmartPlaylists;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.shelf.ShelfParams;
import app.spindle.web.shelf.ShelfRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The collection or the wantlist — or any filtered view of them, a folder included, with the pages' own
 * filter parameters — as a playlist of their records' tracks for DJ software: {@code .m3u8}, Rekordbox
 * {@code .xml} or {@code .csv}, e.g. {@code /export/playlists/collection.xml?folder=3}; and the three smart
 * playlists from accepted links ({@code on-vinyl}, {@code no-digital-copy}, {@code wanted-vinyl}).
 */
public final class PlaylistExportRoutes implements RouteGroup {
    public static final String PATH = Paths.EXPORT_PLAYLIST;

    /** What can be exported, by file name: a shelf, or a smart playlist from accepted links. */
    private enum Listed {
        COLLECTION(Shelf.COLLECTION), WANTLIST(Shelf.WANTLIST), ON_VINYL(null), NO_DIGITAL_COPY(null), WANTED_VINYL(null);

        private final Shelf shelf;

        Listed(Shelf shelf) {
            this.shelf = shelf;
        }

        /** "collection", "on-vinyl": the file name without its ending. */
        String file() {
            return Params.lowerCase(this).replace('_', '-');
        }
    }

    private static final int SLICE = 1_000;

    private final String basePath;
    private final ShelfReader reader;
    private final ShelfPlaylists playlists;
    private final SmartPlaylists smart;

    public PlaylistExportRoutes(String basePath, ShelfReader reader, ShelfPlaylists playlists, SmartPlaylists smart) {
        this.basePath = basePath;
        this.reader = reader;
        this.playlists = playlists;
        this.smart = smart;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(PATH, this::export);
    }

    private void export(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        Listed listed = Params.lookup(PlaylistDownload.base(file), Listed.values(), Listed::file).orElse(null);
        PlaylistFormat format = PlaylistFormat.ofFile(file);
        if (listed == null || format == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("No such playlist: use collection, wantlist, "
                    + "on-vinyl, no-digital-copy or wanted-vinyl, as .m3u8, .xml or .csv");
            return;
        }
        ExportPlaylist playlist = listed.shelf == null ? smart(listed) : shelfView(ctx, listed.shelf);
        PlaylistDownload.send(ctx, "spindle-" + file, format, List.of(playlist));
    }

    /** The records of the shelf as the page shows them with the same parameters (a folder, facets, words). */
    private ExportPlaylist shelfView(Context ctx, Shelf shelf) {
        ShelfRequest request = ShelfParams.parse(ctx, shelf, basePath.isEmpty() ? "/" : basePath);
        Set<Long> releaseIds = new LinkedHashSet<>();
        for (int offset = 0; ; offset += SLICE) {
            List<ShelfItem> items = reader.page(shelf, request.filter(), ShelfSort.NEWEST_FIRST, offset, SLICE);
            items.forEach(item -> releaseIds.add(item.releaseId()));
            if (items.size() < SLICE) {
                break;
            }
        }
        return playlists.releases(shelf == Shelf.COLLECTION ? "Collection" : "Wantlist", List.copyOf(releaseIds));
    }

    private ExportPlaylist smart(Listed listed) {
        return switch (listed) {
            case ON_VINYL -> smart.digitalOnVinyl();
            case NO_DIGITAL_COPY -> smart.vinylWithoutDigital();
            case WANTED_VINYL -> smart.wantedVinyl();
            case COLLECTION, WANTLIST -> throw new IllegalArgumentException(listed + " is a shelf");
        };
    }
}
