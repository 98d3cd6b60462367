package app.spindle.web;

/** The corrected words offered under a search that found nothing, and the link that searches for them. */
public record DidYouMean(String words, String href) {
}
