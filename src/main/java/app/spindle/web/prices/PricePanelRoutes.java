package app.spindle.web.prices;

import app.spindle.prices.CollectionValue;
import app.spindle.prices.CollectionValues;
import app.spindle.prices.PassProgress;
import app.spindle.prices.PricePreferences;
import app.spindle.web.Option;
import app.spindle.web.Params;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.security.CsrfGuard;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import app.spindle.mirror.query.MirrorReads;
import org.jdbi.v3.core.Jdbi;

/** The price parts of other pages, loaded into them by htmx: the Settings panel and the Stats value section. */
public final class PricePanelRoutes implements RouteGroup {
    public static final String SETTINGS_PRICES = "/settings/prices";
    public static final String STATS_VALUE = "/stats/value";

    private final String basePath;
    private final Templates templates;
    private final PricePreferences preferences;
    private final CollectionValues values;
    private final Supplier<PassProgress> progress;
    private final Runnable settingsChanged;
    private final Clock clock;

    public PricePanelRoutes(String basePath, Templates templates, Jdbi jdbi, MirrorReads reads, Supplier<PassProgress> progress,
                            Runnable settingsChanged, Clock clock) {
        this.basePath = basePath;
        this.templates = templates;
        this.preferences = new PricePreferences(jdbi, reads);
        this.values = new CollectionValues(jdbi, reads);
        this.progress = progress;
        this.settingsChanged = settingsChanged;
        this.clock = clock;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(SETTINGS_PRICES, ctx -> settings(ctx, null, null));
        routes.post(SETTINGS_PRICES, this::save);
        routes.get(STATS_VALUE, this::value);
    }

    private void save(Context ctx) {
        try {
            preferences.save(ctx.formParam("currency"), ctx.formParam("share"));
            preferences.saveTargetsInNotes(Params.flag(ctx.formParam("in_notes"), "in_notes"));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            settings(ctx, null, "Not saved: " + e.getMessage() + ".");
            return;
        }
        settingsChanged.run();
        settings(ctx, "Saved. Prices are looked up in " + preferences.currency() + " from the next pass.", null);
    }

    private void settings(Context ctx, String message, String error) {
        templates.page(ctx, "prices/settings.jte", new PriceSettingsPanel(basePath + SETTINGS_PRICES,
                ctx.attribute(CsrfGuard.ATTRIBUTE), Option.of(PricePreferences.CURRENCIES, preferences.currency()),
                preferences.sharePercent(), PricePreferences.MAX_SHARE_PERCENT, preferences.targetsInNotes(),
                PassText.of(progress.get(), clock.instant()), message, error));
    }

    private void value(Context ctx) {
        CollectionValue latest = values.latest().orElse(null);
        List<PriceChart.Point> points = values.history().stream().map(v -> new PriceChart.Point(v.observedAt(),
                v.medianAmount(), null, PriceChart.date(v.observedAt()) + ": median " + v.median() + " (" + v.minimum()
                + " to " + v.maximum() + ")")).toList();
        PriceChart chart = PriceChart.of("collection-value", "Median value over time", points, 640, 160,
                v -> String.format(Locale.ROOT, "%,.0f", v));
        List<ValuePanel.Record> top = values.mostValuable(10).stream().map(r -> new ValuePanel.Record(
                basePath + Paths.release(r.releaseId()), r.artistCredit(), r.title(),
                String.format(Locale.ROOT, "from %.2f", r.lowestPrice()), PriceText.age(r.detailsFetchedAt(), clock.instant())))
                .toList();
        templates.page(ctx, "prices/value.jte", new ValuePanel(latest == null ? null : latest.minimum(),
                latest == null ? null : latest.median(), latest == null ? null : latest.maximum(),
                latest == null ? "" : PriceText.age(latest.observedAt(), clock.instant()), chart, top));
    }
}
