package app.spindle.web.prices;

/**
 * The price block of a release page: the newest observation with its age, the history chart, and for a
 * want the target form. {@code message} is what just happened (a saved target), {@code error} what went wrong.
 */
public record PriceBlock(long releaseId, String latest, String age, boolean deal, String targetText,
                         boolean wanted, String targetValue, boolean inNotes, String currency, PriceChart chart,
                         boolean owned, String targetUrl, String checkUrl, String suggestionsUrl, String csrfToken, String message,
                         String error) {
    public static final String ID = "price-block";
}
