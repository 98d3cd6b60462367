package app.spindle.mirror.query;

import java.util.Optional;

/**
 * The wantlist narrowed by what the marketplace offers, as last seen by the price pass: something for
 * sale, or the lowest price at or under the user's target (in the target's currency). Both read the
 * newest observation only ({@code latest_prices}, one row per release, by primary key).
 */
public enum PriceOption implements FixedChoice {
    FOR_SALE("for-sale", "For sale now",
            "i.release_id IN (SELECT release_id FROM latest_prices WHERE lowest_price IS NOT NULL AND num_for_sale > 0)"),
    UNDER_TARGET("under-target", "Under my target",
            "i.release_id IN (SELECT t.release_id FROM price_targets t JOIN latest_prices p ON p.release_id = t.release_id"
                    + " WHERE p.lowest_price <= t.target AND p.currency = t.currency)");

    private final String value;
    private final String label;
    private final String condition;

    PriceOption(String value, String label, String condition) {
        this.value = value;
        this.label = label;
        this.condition = condition;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String condition() {
        return condition;
    }

    public static Optional<PriceOption> fromValue(String value) {
        for (PriceOption option : values()) {
            if (option.value.equalsIgnoreCase(value)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
