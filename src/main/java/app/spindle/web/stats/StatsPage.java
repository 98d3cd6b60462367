package app.spindle.web.stats;

import app.spindle.web.Layout;
import java.util.List;

/** The stats page: a row of totals, then the charts (the months twice: three years wide, one year for phones). */
public record StatsPage(Layout layout, List<Total> totals, List<ColumnChart> added, List<BarChart> charts) {

    public record Total(String value, String label) {
    }
}
