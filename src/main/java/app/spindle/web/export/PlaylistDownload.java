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
    public static final List<String> FORMATS = List.of("m3u8", "xml", "csv");

    private PlaylistDownload() {
    }

    /** The format of a file name like "collection.m3u8", or null when it is none of the three. */
    public static String format(String file) {
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        return FORMATS.contains(format) ? format : null;
    }

    /** The file name without its format: "collection.m3u8" → "collection". */
    public static String base(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    public static void send(Context ctx, String fileName, String format, List<ExportPlaylist> playlists) throws IOException {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "no-store");
        switch (format) {
            case "xml" -> {
                ctx.contentType("application/xml; charset=utf-8");
                RekordboxXmlWriter.write(playlists, ctx.outputStream());
            }
            case "m3u8" -> {
                ctx.contentType("audio/x-mpegurl; charset=utf-8");
                Writer out = writer(ctx);
                M3u8Writer.write(playlists.size() == 1 ? playlists.get(0) : joined(playlists), out);
            }
            default -> {
                ctx.contentType("text/csv; charset=utf-8");
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
