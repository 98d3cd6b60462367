package app.spindle.web.search;

import app.spindle.mirror.FolderRow;
import app.spindle.web.Layout;
import java.util.List;

/** A master and its vinyl pressings on Discogs, each marked owned or wanted. */
public record MasterPage(Layout layout, long masterId, String title, String artistLine, Integer year, List<ResultView> versions,
                         int page, int pages, String formatFilter, String notice, List<FolderRow> folders) {
}
