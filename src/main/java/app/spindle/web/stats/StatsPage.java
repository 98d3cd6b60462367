package app.spindle.web.stats;

import app.spindle.web.Layout;
import java.util.List;

/** The stats page: a row of totals, then the charts. */
public record StatsPage(Layout layout, List<Total> totals, ColumnChart added, List<BarChart> charts) {

    public record Total(String value, String label) {
    }
}
