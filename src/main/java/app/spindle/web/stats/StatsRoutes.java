package app.spindle.web.stats;

import app.spindle.mirror.query.CollectionStats;
import app.spindle.mirror.query.StatsReader;
import app.spindle.web.EmptyPage;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The collection in numbers and server-drawn SVG charts: no chart library, nothing from elsewhere. */
public final class StatsRoutes implements RouteGroup {
    private final Templates templates;
    private final PageContext pages;
    private final StatsReader stats;

    public StatsRoutes(Templates templates, PageContext pages, StatsReader stats) {
        this.templates = templates;
        this.pages = pages;
        this.stats = stats;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.STATS, this::stats);
    }

    private void stats(Context ctx) {
        CollectionStats s = stats.stats();
        if (s.copies() == 0) {
            templates.page(ctx, "empty.jte", new EmptyPage(pages.layout(ctx, "Stats", "stats"), "Stats",
                    "Your collection by decade, genre, style, format, label and country.",
                    List.of("Connect your Discogs account in Settings; the charts fill in as the mirror does.",
                            "Or try Spindle with made-up data: ./run.sh --demo")));
            return;
        }
        List<StatsPage.Total> totals = List.of(
                total(s.copies(), "records"), total(s.releases(), "different releases"), total(s.artists(), "artists"),
                total(s.labels(), "labels"), total(s.tracks(), "tracks on them"),
                new StatsPage.Total(hours(s.playingSeconds()), "of music"), total(s.wants(), "wanted"));
        List<BarChart> charts = List.of(
                BarChart.of("decade", "By decade", s.byDecade(), 20),
                BarChart.of("genre", "By genre", s.byGenre(), 15),
                BarChart.of("style", "By style", s.byStyle(), 15),
                BarChart.of("size", "By size", s.bySize(), 10),
                BarChart.of("format", "By format", s.byFormat(), 10),
                BarChart.of("country", "By country", s.byCountry(), 15),
                BarChart.of("label", "Top labels", s.byLabel(), 15));
        templates.page(ctx, "stats/index.jte", new StatsPage(pages.layout(ctx, "Stats", "stats"), totals,
                List.of(ColumnChart.of("added", "wide-only", "Records added per month", s.addedPerMonth(), 36, 720),
                        ColumnChart.of("added-year", "narrow-only", "Records added per month, last 12 months",
                                s.addedPerMonth(), 12, 360)), charts));
    }

    private static StatsPage.Total total(long n, String label) {
        return new StatsPage.Total(String.format(Locale.ROOT, "%,d", n), label);
    }

    private static String hours(long seconds) {
        long hours = seconds / 3600;
        return hours >= 48 ? String.format(Locale.ROOT, "%,d days", hours / 24) : hours + " h " + (seconds % 3600) / 60 + " min";
    }

}
