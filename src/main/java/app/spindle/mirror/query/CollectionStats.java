package app.spindle.mirror.query;

import java.util.List;

/**
 * The collection in figures: totals, and counts by decade, genre, style, size, format, label, country,
 * and by the month records were added (every month from the first to the last, empty ones included).
 */
public record CollectionStats(long copies, long releases, long artists, long labels, long wants, long tracks,
                              long playingSeconds, List<FacetCount> byDecade, List<FacetCount> byGenre,
                              List<FacetCount> byStyle, List<FacetCount> bySize, List<FacetCount> byFormat,
                              List<FacetCount> byLabel, List<FacetCount> byCountry, List<FacetCount> addedPerMonth) {
}
