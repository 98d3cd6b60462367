package app.spindle.web.shelf;

import app.spindle.web.Option;
import java.util.List;

/**
 * The one confirmation a bulk change asks for: how many records, how many requests to Discogs and how long they
 * take at its rate limit. {@code keys} and {@code op} travel back with the confirm button ({@code values}, JSON);
 * a move or a grade shows its choice, and changing it asks again (the request count depends on it).
 */
public record BulkReview(String panelId, String question, String cost, String values, String reviewUrl,
                         String confirmUrl, String confirmWords, String choiceLabel, List<Option> choices,
                         boolean nothingToDo) {
}
