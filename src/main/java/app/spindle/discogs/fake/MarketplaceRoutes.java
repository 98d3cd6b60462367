package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Marketplace statistics of a release (auth optional; USD unless an authenticated caller asks for another
 * currency with {@code curr_abbr}), price suggestions (the owner, and only a seller account), and the
 * collection's estimated value.
 */
final class MarketplaceRoutes {
    /** What Discogs answers a price-suggestion request of an account without seller settings (a 404). */
    static final String SELLER_SETTINGS_MISSING = "You must fill out your seller settings first.";
    private static final String[] GRADES = {
        "Mint (M)", "Near Mint (NM or M-)", "Very Good Plus (VG+)", "Very Good (VG)", "Good Plus (G+)", "Good (G)",
        "Fair (F)", "Poor (P)"};
    private static final double[] GRADE_FACTORS = {1.9, 1.7, 1.3, 0.9, 0.5, 0.3, 0.2, 0.1};

    private final MarketPrices prices;
    private final FakeAccount account;
    private final AccountAccess access;
    private final Responder responder;

    MarketplaceRoutes(MarketPrices prices, FakeAccount account, AccountAccess access, Responder responder) {
        this.prices = prices;
        this.account = account;
        this.access = access;
        this.responder = responder;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/marketplace/stats/{id}", this::stats);
        routes.get("/marketplace/price_suggestions/{id}", this::priceSuggestions);
        routes.get("/users/{username}/collection/value", this::collectionValue);
    }

    private void stats(Context ctx) {
        SaleListing sale = prices.today(AccountAccess.id(ctx, "id"));
        ObjectNode body = responder.mapper().createObjectNode();
        if (sale.lowestPrice() == null) {
            body.putNull("lowest_price");
        } else {
            String currency = currency(ctx);
            body.putObject("lowest_price").put("currency", currency)
                    .put("value", MarketPrices.convert(sale.lowestPrice(), currency));
        }
        body.put("num_for_sale", sale.numForSale());
        body.put("blocked_from_sale", false);
        responder.ok(ctx, body);
    }

    private void priceSuggestions(Context ctx) {
        if (!RequestRules.caller(ctx).authenticated() || RequestRules.caller(ctx).username() == null) {
            throw ApiError.unauthenticated();
        }
        if (!prices.seller()) {
            throw new ApiError(404, SELLER_SETTINGS_MISSING);
        }
        SaleListing sale = prices.today(AccountAccess.id(ctx, "id"));
        double base = sale.lowestPrice() == null ? 9.87 : sale.lowestPrice();
        String currency = prices.userCurrency();
        ObjectNode body = responder.mapper().createObjectNode();
        for (int g = 0; g < GRADES.length; g++) {
            body.putObject(GRADES[g]).put("currency", currency).put("value", MarketPrices.convert(base * GRADE_FACTORS[g], currency));
        }
        responder.ok(ctx, body);
    }

    /** Discogs' estimate from recent sales; here: the sum of today's lowest prices, spread low to high. */
    private void collectionValue(Context ctx) {
        access.requireOwner(ctx);
        double sum = 0;
        for (long releaseId : account.collectionReleaseIds()) {
            Double price = prices.today(releaseId).lowestPrice();
            sum += price == null ? 0 : price * account.copiesOf(releaseId);
        }
        String currency = prices.userCurrency();
        ObjectNode body = responder.mapper().createObjectNode();
        body.put("minimum", MarketPrices.formatted(MarketPrices.convert(sum * 0.45, currency), currency));
        body.put("median", MarketPrices.formatted(MarketPrices.convert(sum, currency), currency));
        body.put("maximum", MarketPrices.formatted(MarketPrices.convert(sum * 2.1, currency), currency));
        responder.ok(ctx, body);
    }

    private static String currency(Context ctx) {
        return RequestRules.caller(ctx).authenticated() ? MarketPrices.currency(ctx.queryParam("curr_abbr")) : "USD";
    }
}
