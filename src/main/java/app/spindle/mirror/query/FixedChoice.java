package app.spindle.mirror.query;

/**
 * A facet value from a fixed list ({@link SizeOption}, {@link PriceOption}) that carries its own SQL
 * condition on the shelf row {@code i}: a constant, so it can be written into the query as it is.
 */
public interface FixedChoice {
    /** What the URL carries. */
    String value();

    /** What people see. */
    String label();

    String condition();
}
