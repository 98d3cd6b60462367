package app.spindle.web.stats;

import app.spindle.mirror.query.FacetCount;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Records added per month as columns, the last {@code months} months; labelled every quarter. */
public record ColumnChart(String id, String cssClass, String title, String description, int width, int height, int baseline,
                          int maxLabelY, String maxLabel, List<Column> columns) {
    static final int HEIGHT = 220;
    static final int TOP = 18;
    static final int BOTTOM = 40;
    static final int LEFT = 8;

    public record Column(String tip, int x, int y, int w, int h, String label, int labelX) {
    }

    /** @param width the drawing's own width: narrower for phones, so its text stays readable when scaled down */
    public static ColumnChart of(String id, String cssClass, String title, List<FacetCount> allMonths, int months,
                                 int width) {
        List<FacetCount> shown = allMonths.subList(Math.max(0, allMonths.size() - months), allMonths.size());
        long max = shown.stream().mapToLong(FacetCount::count).max().orElse(0);
        int baseline = HEIGHT - BOTTOM;
        int slot = shown.isEmpty() ? 0 : (width - LEFT) / shown.size();
        List<Column> columns = new ArrayList<>();
        boolean yearShown = false;
        for (int n = 0; n < shown.size(); n++) {
            FacetCount m = shown.get(n);
            int h = max == 0 ? 0 : (int) Math.round((double) m.count() / max * (baseline - TOP));
            int x = LEFT + n * slot + 1;
            String label = monthLabel(m.value(), !yearShown);
            yearShown |= !label.isEmpty();
            columns.add(new Column(monthName(m.value()) + ": " + m.count() + " added", x, baseline - h,
                    Math.max(1, slot - 2), h, label, x + slot / 2));
        }
        String description = shown.isEmpty() ? "No records added yet." : shown.stream()
                .filter(m -> m.count() > 0).map(m -> monthName(m.value()) + ": " + m.count())
                .collect(Collectors.joining(", "));
        return new ColumnChart(id, cssClass, title, description.isEmpty() ? "No records added in this time." : description,
                width, HEIGHT, baseline, TOP - 4, max == 0 ? "" : "most: " + max + " a month", columns);
    }

    public boolean empty() {
        return columns.isEmpty();
    }

    /** January shows its year, other quarters their month (the first labelled one with its year too), the rest nothing. */
    private static String monthLabel(String value, boolean needsYear) {
        try {
            YearMonth m = YearMonth.parse(value);
            if (m.getMonthValue() == 1) {
                return Integer.toString(m.getYear());
            }
            if ((m.getMonthValue() - 1) % 3 != 0) {
                return "";
            }
            String month = m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return needsYear ? month + " " + m.getYear() : month;
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }

    private static String monthName(String value) {
        try {
            YearMonth m = YearMonth.parse(value);
            return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }
}
