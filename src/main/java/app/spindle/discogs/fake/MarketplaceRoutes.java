package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Marketplace statistics of a release (auth optional, USD) and price suggestions (auth required). */
final class MarketplaceRoutes {
    private static final String[] GRADES = {
        "Mint (M)", "Near Mint (NM or M-)", "Very Good Plus (VG+)", "Very Good (VG)", "Good Plus (G+)", "Good (G)",
        "Fair (F)", "Poor (P)"};
    private static final double[] GRADE_FACTORS = {1.9, 1.7, 1.3, 0.9, 0.5, 0.3, 0.2, 0.1};

    private final Catalogue catalogue;
    private final Responder responder;

    MarketplaceRoutes(Catalogue catalogue, Responder responder) {
        this.catalogue = catalogue;
        this.responder = responder;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/marketplace/stats/{id}", this::stats);
        routes.get("/marketplace/price_suggestions/{id}", this::priceSuggestions);
    }

    private void stats(Context ctx) {
        SaleListing sale = catalogue.sale(AccountAccess.id(ctx, "id"));
        ObjectNode body = responder.mapper().createObjectNode();
        if (sale.lowestPrice() == null) {
            body.putNull("lowest_price");
        } else {
            body.putObject("lowest_price").put("currency", currency(ctx)).put("value", sale.lowestPrice());
        }
        body.put("num_for_sale", sale.numForSale());
        body.put("blocked_from_sale", false);
        responder.ok(ctx, body);
    }

    private void priceSuggestions(Context ctx) {
        if (!RequestRules.caller(ctx).authenticated() || RequestRules.caller(ctx).username() == null) {
            throw ApiError.unauthenticated();
        }
        SaleListing sale = catalogue.sale(AccountAccess.id(ctx, "id"));
        double base = sale.lowestPrice() == null ? 9.87 : sale.lowestPrice();
        ObjectNode body = responder.mapper().createObjectNode();
        for (int g = 0; g < GRADES.length; g++) {
            body.putObject(GRADES[g]).put("currency", currency(ctx)).put("value", base * GRADE_FACTORS[g]);
        }
        responder.ok(ctx, body);
    }

    private static String currency(Context ctx) {
        String requested = ctx.queryParam("curr_abbr");
        return requested == null || requested.isBlank() || !RequestRules.caller(ctx).authenticated() ? "USD" : requested;
    }
}
