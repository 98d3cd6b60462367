package app.spindle.web.export;

import app.spindle.playlists.ExportPlaylist;
import app.spindle.playlists.M3u8Writer;
import app.spindle.playlists.PlaylistCsvRows;
import app.spindle.playlists.RekordboxXmlWriter;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sends playlists as a download in one of the three formats DJ software and players import: Rekordbox
 * {@code xml} (one playlist node each), {@code m3u8} and {@code csv} (the tracks of all of them in turn).
 */
public final class PlaylistDownload {
    private PlaylistDownload() {
    }

    /** The file name without its format: "collection.m3u8" → "collection". */
    public static String base(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    public static void send(Context ctx, String fileName, PlaylistFormat format, List<ExportPlaylist> playlists)
            throws IOException {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(format.contentType());
        switch (format) {
            case XML -> RekordboxXmlWriter.write(playlists, ctx.outputStream());
            case M3U8 -> {
                Writer out = writer(ctx);
                M3u8Writer.write(playlists.size() == 1 ? playlists.get(0) : joined(playlists), out);
            }
            case CSV -> {
                Writer out = writer(ctx);
                for (List<String> row : PlaylistCsvRows.of(playlists.size() == 1 ? playlists.get(0) : joined(playlists))) {
                    out.write(CsvCells.line(row));
                }
                out.flush();
            }
        }
    }

    private static ExportPlaylist joined(List<ExportPlaylist> playlists) {
        return new ExportPlaylist(playlists.get(0).name(), playlists.stream().flatMap(p -> p.tracks().stream()).toList());
    }

    private static Writer writer(Context ctx) {
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    }
}
