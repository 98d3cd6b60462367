package app.spindle.web.prices;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.model.DiscogsMarketplaceStats;
import app.spindle.prices.LatestPrice;
import app.spindle.prices.PriceObservation;
import app.spindle.web.DiscogsProblem;
import app.spindle.prices.PriceHistory;
import app.spindle.prices.PricePreferences;
import app.spindle.prices.PriceTarget;
import app.spindle.prices.PriceTargets;
import app.spindle.prices.TargetNote;
import app.spindle.prices.TargetNotes;
import app.spindle.actions.ActionRefused;
import app.spindle.prices.WantPrice;
import app.spindle.prices.WantPrices;
import app.spindle.web.BadRequest;
import app.spindle.web.Params;
import app.spindle.web.PageContext;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.security.CsrfGuard;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Locale;
import app.spindle.mirror.query.OwnershipQuery;
import app.spindle.mirror.query.MirrorReads;
import org.jdbi.v3.core.Jdbi;

/** The release page's price block and target form, read from the price history only (no request to Discogs). */
public final class PriceRoutes implements RouteGroup {
    public static final String BLOCK = "/releases/{id}/prices";
    public static final String TARGET = "/releases/{id}/target";
    public static final String CHECK = "/releases/{id}/prices/check";

    private final String basePath;
    private final Templates templates;
    private final OwnershipQuery ownership;
    private final PriceHistory history;
    private final PriceTargets targets;
    private final WantPrices wants;
    private final PricePreferences preferences;
    private final Clock clock;
    private final Runnable targetsChanged;
    private final DiscogsClient discogs;
    private final TargetNotes notes;

    public PriceRoutes(String basePath, Templates templates, Jdbi jdbi, MirrorReads reads, WantPrices wants, Clock clock, Runnable targetsChanged,
                       DiscogsClient discogs, TargetNotes notes) {
        this.discogs = discogs;
        this.notes = notes;
        this.basePath = basePath;
        this.templates = templates;
        this.history = new PriceHistory(jdbi, reads);
        this.ownership = new OwnershipQuery(reads);
        this.targets = new PriceTargets(jdbi, reads, clock);
        this.wants = wants;
        this.preferences = new PricePreferences(jdbi, reads);
        this.clock = clock;
        this.targetsChanged = targetsChanged;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(BLOCK, this::block);
        routes.post(TARGET, this::setTarget);
        routes.post(CHECK, this::check);
    }

    /** A look the user asks for: one request in the person's lane, kept in the history like any other. */
    private void check(Context ctx) {
        long id = Params.pathId(ctx, "id");
        String currency = preferences.currency();
        try {
            DiscogsMarketplaceStats stats = discogs.marketplaceStats(id, currency);
            history.record(new PriceObservation(id, clock.instant(),
                    stats.lowestPrice() == null ? null : stats.lowestPrice().value().doubleValue(),
                    stats.numForSale() == null ? 0 : stats.numForSale(),
                    stats.lowestPrice() == null ? currency : stats.lowestPrice().currency()));
            templates.page(ctx, "prices/block.jte", view(ctx, id, null, null));
        } catch (DiscogsException e) {
            DiscogsProblem problem = DiscogsProblem.of(e);
            ctx.status(problem.status());
            templates.page(ctx, "prices/block.jte", view(ctx, id, null, problem.message()));
        }
    }

    private void block(Context ctx) {
        templates.page(ctx, "prices/block.jte", view(ctx, Params.pathId(ctx, "id"), null, null));
    }

    private void setTarget(Context ctx) {
        long id = Params.pathId(ctx, "id");
        if (wants.of(id).isEmpty()) {
            ctx.status(409);
            templates.page(ctx, "prices/block.jte", view(ctx, id, null, "A target can be set on a want only: add the release to your wantlist first."));
            return;
        }
        String raw = ctx.formParam("target");
        boolean wasInNotes = targets.of(id).map(PriceTarget::inNotes).orElse(false);
        if (TargetChange.of(ctx.formParam("do")) == TargetChange.CLEAR || raw == null || raw.isBlank()) {
            targets.clear(id);
            templates.page(ctx, "prices/block.jte", view(ctx, id, "Target removed." + intoNotes(id, wasInNotes, null), null));
            return;
        }
        double target;
        try {
            target = Double.parseDouble(raw.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new BadRequest("A target price is a number such as 12.50, not \"" + raw + "\".");
        }
        if (!(target > 0) || target > 1_000_000) {
            throw new BadRequest("A target price is more than 0 and at most 1,000,000.");
        }
        boolean inNotes = preferences.targetsInNotes();
        targets.set(id, target, preferences.currency(), inNotes);
        targetsChanged.run();
        String noted = intoNotes(id, inNotes || wasInNotes, inNotes ? TargetNote.line(target, preferences.currency()) : null);
        templates.page(ctx, "prices/block.jte", view(ctx, id, "Target saved." + noted, null));
    }

    /** Writes (or, for null, removes) the target's line in the want's notes when it is or was kept there; says so. */
    private String intoNotes(long id, boolean kept, String line) {
        if (!kept) {
            return "";
        }
        try {
            return notes.write(id, line).map(a -> line == null ? " Its line in the want's notes goes from Discogs too."
                    : " It goes into the want's notes on Discogs too.").orElse("");
        } catch (ActionRefused e) {
            return " The want's notes on Discogs are left as they are: " + e.getMessage();
        }
    }

    private PriceBlock view(Context ctx, long id, String message, String error) {
        LatestPrice latest = history.latest(id).orElse(null);
        PriceTarget target = targets.of(id).orElse(null);
        boolean wanted = wants.of(id).isPresent();
        boolean owned = ownership.owned(id);
        boolean deal = wants.of(id).map(WantPrice::underTarget).orElse(false);
        String latestText = latest == null ? "No price seen yet." : "Lowest " + PriceText.money(latest.lowestPrice(),
                latest.currency()) + (latest.lowestPrice() == null ? "" : " · " + PriceText.forSale(latest.numForSale()));
        String age = latest == null ? (wanted ? "The background price pass will look it up." : "")
                : PriceText.age(latest.observedAt(), clock.instant());
        String targetText = target == null ? null : (deal ? "At or under your target of " : "Your target: ")
                + PriceText.money(target.target(), target.currency());
        String csrf = ctx.attribute(CsrfGuard.ATTRIBUTE);
        return new PriceBlock(id, latestText, age, deal, targetText, wanted,
                target == null ? "" : String.format(Locale.ROOT, "%.2f", target.target()), target != null && target.inNotes(),
                preferences.currency(), PriceChart.ofObservations("price-" + id, history.of(id), 560, 150), owned,
                basePath + TARGET.replace("{id}", Long.toString(id)), basePath + CHECK.replace("{id}", Long.toString(id)),
                basePath + SuggestionRoutes.SUGGESTIONS.replace("{id}", Long.toString(id)), csrf, message, error);
    }
}
