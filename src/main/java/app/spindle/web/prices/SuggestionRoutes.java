package app.spindle.web.prices;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.model.DiscogsPrice;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.Params;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Discogs' suggested prices per condition for a copy you own: asked on demand, one request each time. */
public final class SuggestionRoutes implements RouteGroup {
    public static final String SUGGESTIONS = "/releases/{id}/price-suggestions";
    static final String SELLER_REQUIRED = "Discogs gives price suggestions to seller accounts only: fill out your "
            + "seller settings on discogs.com to see them here.";
    /** The conditions from best to worst, as Discogs names them. */
    static final List<String> GRADES = List.of("Mint (M)", "Near Mint (NM or M-)", "Very Good Plus (VG+)",
            "Very Good (VG)", "Good Plus (G+)", "Good (G)", "Fair (F)", "Poor (P)");

    public record Suggestions(long releaseId, List<Line> lines, String error) {
    }

    public record Line(String condition, String price) {
    }

    private final Templates templates;
    private final DiscogsClient discogs;

    public SuggestionRoutes(Templates templates, DiscogsClient discogs) {
        this.templates = templates;
        this.discogs = discogs;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(SUGGESTIONS, this::suggestions);
    }

    private void suggestions(Context ctx) {
        long id = Params.pathId(ctx, "id");
        try {
            Map<String, DiscogsPrice> byGrade = discogs.priceSuggestions(id);
            List<Line> lines = GRADES.stream().filter(byGrade::containsKey).map(g -> new Line(g,
                    byGrade.get(g).value().setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
                            + byGrade.get(g).currency())).toList();
            templates.page(ctx, "prices/suggestions.jte", new Suggestions(id, lines, null));
        } catch (DiscogsException.NotFound e) {
            boolean seller = e.getMessage() != null && e.getMessage().contains("seller settings");
            ctx.status(seller ? 403 : 404);
            templates.page(ctx, "prices/suggestions.jte", new Suggestions(id, List.of(),
                    seller ? SELLER_REQUIRED : DiscogsProblem.of(e).message()));
        } catch (DiscogsException e) {
            DiscogsProblem problem = DiscogsProblem.of(e);
            ctx.status(problem.status());
            templates.page(ctx, "prices/suggestions.jte", new Suggestions(id, List.of(), problem.message()));
        }
    }
}
