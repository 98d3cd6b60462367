package app.spindle.discogs.model;

import java.math.BigDecimal;

/** An amount of money in a currency ("USD", "EUR" …). */
public record DiscogsPrice(String currency, BigDecimal value) {
}
