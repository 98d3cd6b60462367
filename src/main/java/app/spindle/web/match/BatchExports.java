package app.spindle.web.match;

import app.spindle.match.BatchRow;
import app.spindle.match.Matching;
import app.spindle.playlists.BatchPlaylists;
import app.spindle.playlists.BatchPlaylists.Result;
import app.spindle.playlists.ExportPlaylist;
import app.spindle.web.ErrorPages.NotFound;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.export.PlaylistDownload;
import app.spindle.web.export.PlaylistFormat;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A batch's results as playlists: {@code owned.m3u8}, {@code wanted.csv}, {@code not-found.m3u8} … one result
 * each, and {@code results.xml}, every result as a Rekordbox playlist node.
 */
final class BatchExports {
    static final String ALL = "results";

    private final Matching matching;
    private final BatchPlaylists playlists;

    BatchExports(Matching matching, BatchPlaylists playlists) {
        this.matching = matching;
        this.playlists = playlists;
    }

    void download(Context ctx) throws IOException {
        long id = Params.pathId(ctx, "id");
        BatchRow batch = matching.batches().batch(id).orElseThrow(() -> new NotFound("There is no match batch " + id + "."));
        String file = ctx.pathParam("file");
        PlaylistFormat format = PlaylistFormat.ofFile(file);
        String base = PlaylistDownload.base(file);
        Result result = Result.ofFile(base);
        boolean all = ALL.equals(base) && format == PlaylistFormat.XML;
        if (format == null || (result == null && !all)) {
            throw new NotFound("No such playlist: use owned, wanted, found or not-found as .m3u8, .csv or .xml, or results.xml.");
        }
        Map<Result, ExportPlaylist> results = playlists.of(batch.id(), batch.name());
        List<ExportPlaylist> chosen = all ? List.copyOf(results.values()) : List.of(results.get(result));
        PlaylistDownload.send(ctx, "spindle-match-" + batch.id() + "-" + file, format, chosen);
    }

    /** The links the batch page shows, one line per result. */
    static List<BatchPage.ExportLinks> links(long batchId, String basePath) {
        String folder = basePath + Paths.withId(Paths.MATCH_BATCH_PLAYLIST, batchId).replace("{file}", "");
        return java.util.Arrays.stream(Result.values()).map(r -> new BatchPage.ExportLinks(r.label,
                folder + r.file + "." + PlaylistFormat.M3U8.ending(), folder + r.file + "." + PlaylistFormat.CSV.ending())).toList();
    }

    static String allAsRekordbox(long batchId, String basePath) {
        return basePath + Paths.withId(Paths.MATCH_BATCH_PLAYLIST, batchId).replace("{file}", ALL + "." + PlaylistFormat.XML.ending());
    }
}
