package app.spindle.discogs.fake;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The sort orders of collection and wantlist listings (added, artist, title, catno, format, rating, year).
 * Sort keys of releases are cached, since release facts never change and sorting 100,000 items by artist
 * should not draw 100,000 releases again on every page.
 */
final class ListingOrder {
    static final java.util.List<String> SORTS = java.util.List.of("added", "artist", "title", "catno", "format", "rating", "year");

    private final Catalogue catalogue;
    private final Map<String, Map<Long, String>> keys = new ConcurrentHashMap<>();

    ListingOrder(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Comparator over (release id, rating, added) triples, ties broken by when the item was added. */
    <T> Comparator<T> comparator(String sort, boolean descending, Function<T, Long> releaseId,
                                 Function<T, Integer> rating, Function<T, Long> added) {
        Comparator<T> byAdded = Comparator.comparing(added);
        Comparator<T> primary = switch (sort) {
            case "added" -> byAdded;
            case "rating" -> Comparator.comparing(rating);
            case "year" -> Comparator.comparing(item -> Integer.parseInt(key("year", releaseId.apply(item))));
            default -> Comparator.comparing(item -> key(sort, releaseId.apply(item)));
        };
        Comparator<T> ordered = descending ? primary.reversed() : primary;
        return sort.equals("added") ? ordered : ordered.thenComparing(byAdded);
    }

    static String checkedSort(String sort) {
        if (sort == null || sort.isEmpty()) {
            return "added";
        }
        if (!SORTS.contains(sort)) {
            throw new ApiError(422, "Invalid sort: " + sort + ". Must be one of: " + String.join(", ", SORTS) + ".");
        }
        return sort;
    }

    static boolean descending(String order, boolean byDefault) {
        if (order == null || order.isEmpty()) {
            return byDefault;
        }
        return switch (order) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new ApiError(422, "Invalid sort_order: " + order + ". Must be one of: asc, desc.");
        };
    }

    private String key(String sort, long releaseId) {
        return keys.computeIfAbsent(sort, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(releaseId, id -> {
                    ReleaseFacts facts = catalogue.facts(id);
                    return switch (sort) {
                        case "artist" -> facts.artistDisplay().toLowerCase(Locale.ROOT);
                        case "title" -> facts.title().toLowerCase(Locale.ROOT);
                        case "catno" -> facts.firstCatno().toLowerCase(Locale.ROOT);
                        case "format" -> facts.formatSummary().toLowerCase(Locale.ROOT);
                        case "year" -> String.valueOf(facts.year());
                        default -> "";
                    };
                });
    }
}
