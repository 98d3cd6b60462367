package app.spindle.web.prices;

import app.spindle.prices.PriceObservation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A small server-drawn SVG line chart of values over time (a release's lowest price and supply, or the
 * collection's value): polylines scaled into the drawing, with the extremes and the first and last date
 * written out, and the whole series as text for screen readers.
 */
public record PriceChart(String id, String title, String description, int width, int height, String line,
                         String secondLine, String highLabel, String lowLabel, String firstDate, String lastDate,
                         List<Dot> dots) {
    static final int TOP = 16;
    static final int BOTTOM = 22;
    static final int LEFT = 4;
    static final int RIGHT = 4;

    public record Dot(int x, int y, String tip) {
    }

    public record Point(java.time.Instant at, Double value, Double second, String tip) {
    }

    public boolean empty() {
        return dots.isEmpty();
    }

    public boolean hasSecondLine() {
        return secondLine != null && !secondLine.isEmpty();
    }

    public static PriceChart ofObservations(String id, List<PriceObservation> history, int width, int height) {
        List<Point> points = history.stream().map(o -> new Point(o.observedAt(), o.lowestPrice(),
                (double) o.numForSale(), date(o.observedAt()) + ": " + PriceText.money(o.lowestPrice(), o.currency())
                        + ", " + PriceText.forSale(o.numForSale()))).toList();
        String currency = history.isEmpty() ? "" : history.get(history.size() - 1).currency();
        return of(id, "Lowest price and copies for sale", points, width, height, v -> PriceText.money(v, currency));
    }

    public static PriceChart of(String id, String title, List<Point> points, int width, int height,
                                Function<Double, String> label) {
        List<Point> priced = points.stream().filter(p -> p.value() != null).toList();
        if (priced.isEmpty()) {
            return new PriceChart(id, title, "No prices seen yet.", width, height, "", "", "", "", "", "", List.of());
        }
        double high = priced.stream().mapToDouble(Point::value).max().orElse(0);
        double low = priced.stream().mapToDouble(Point::value).min().orElse(0);
        double secondHigh = points.stream().filter(p -> p.second() != null).mapToDouble(Point::second).max().orElse(0);
        long first = points.get(0).at().toEpochMilli();
        long last = points.get(points.size() - 1).at().toEpochMilli();
        int plotHeight = height - TOP - BOTTOM;
        StringBuilder line = new StringBuilder();
        StringBuilder second = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (Point p : points) {
            int x = last == first ? width / 2 : LEFT + (int) Math.round((double) (p.at().toEpochMilli() - first)
                    / (last - first) * (width - LEFT - RIGHT));
            if (p.second() != null && secondHigh > 0) {
                int y = TOP + (int) Math.round((1 - p.second() / secondHigh) * plotHeight);
                second.append(x).append(',').append(y).append(' ');
            }
            if (p.value() != null) {
                int y = high == low ? TOP + plotHeight / 2 : TOP + (int) Math.round((high - p.value()) / (high - low) * plotHeight);
                line.append(x).append(',').append(y).append(' ');
                dots.add(new Dot(x, y, p.tip()));
            }
        }
        String description = String.join("; ", points.stream().map(Point::tip).toList());
        return new PriceChart(id, title, description, width, height, line.toString().trim(), second.toString().trim(),
                "high " + label.apply(high), "low " + label.apply(low), date(points.get(0).at()),
                date(points.get(points.size() - 1).at()), dots);
    }

    static String date(java.time.Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    public int bottomTextY() {
        return height - 6;
    }

    public String viewBox() {
        return String.format(Locale.ROOT, "0 0 %d %d", width, height);
    }
}
