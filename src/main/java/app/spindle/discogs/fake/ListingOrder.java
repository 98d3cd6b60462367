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

    /** Sorts in place, computing each item's key once (sorting 100,000 items calls a comparator ~1.7M times). */
    <T> void sort(java.util.List<T> items, String sort, boolean descending, Function<T, Long> releaseId,
                  Function<T, Integer> rating, Function<T, Long> added) {
        record Keyed<T>(T item, Comparable<Object> key, long added) {}
        java.util.List<Keyed<T>> keyed = new java.util.ArrayList<>(items.size());
        for (T item : items) {
            Comparable<?> key = switch (sort) {
                case "added" -> added.apply(item);
                case "rating" -> rating.apply(item);
                case "year" -> Integer.parseInt(key("year", releaseId.apply(item)));
                default -> key(sort, releaseId.apply(item));
            };
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) key;
            keyed.add(new Keyed<>(item, comparable, added.apply(item)));
        }
        Comparator<Keyed<T>> byKey = (a, b) -> a.key().compareTo(b.key());
        keyed.sort((descending ? byKey.reversed() : byKey).thenComparingLong(Keyed::added));
        for (int i = 0; i < items.size(); i++) {
            items.set(i, keyed.get(i).item());
        }
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
