package app.spindle.web.stats;

import app.spindle.mirror.query.FacetCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart laid out in Java, drawn by {@code partials/chart/bars.jte} as SVG: one row per
 * value, the label on the left, the bar scaled to the largest count, the count after it. The title
 * and a description listing every value make it readable without seeing it.
 */
public record BarChart(String id, String title, String description, int width, int height, List<Bar> bars) {
    static final int WIDTH = 400;
    static final int ROW = 26;
    static final int LABEL_WIDTH = 135;
    static final int BAR_SPACE = WIDTH - LABEL_WIDTH - 50;

    public record Bar(String label, String fullLabel, String count, int y, int barWidth, int textY, int countX) {
    }

    public static BarChart of(String id, String title, List<FacetCount> values, int limit) {
        List<FacetCount> shown = values.stream().limit(limit).toList();
        long max = shown.stream().mapToLong(FacetCount::count).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int n = 0; n < shown.size(); n++) {
            FacetCount v = shown.get(n);
            int w = (int) Math.max(2, Math.round((double) v.count() / Math.max(1, max) * BAR_SPACE));
            int y = n * ROW + 4;
            bars.add(new Bar(shorten(label(v), 19), label(v), String.format(Locale.ROOT, "%,d", v.count()), y, w,
                    y + 14, LABEL_WIDTH + w + 6));
        }
        String description = shown.isEmpty() ? "No data yet." : shown.stream()
                .map(v -> label(v) + ": " + v.count()).collect(Collectors.joining(", "));
        return new BarChart(id, title, description, WIDTH, Math.max(ROW, shown.size() * ROW + 8), bars);
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    public boolean empty() {
        return bars.isEmpty();
    }

    static String label(FacetCount v) {
        return v.label() == null || v.label().isBlank() ? v.value() : v.label();
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
