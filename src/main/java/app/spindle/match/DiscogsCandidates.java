package app.spindle.match;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.Priority;
import app.spindle.discogs.SearchQuery;
import app.spindle.discogs.VersionFilter;
import app.spindle.discogs.model.DiscogsType;
import app.spindle.discogs.model.MasterVersionsPage;
import app.spindle.discogs.model.SearchPage;
import java.util.List;
import java.util.Map;

/**
 * Candidates from Discogs: one database search, or the vinyl pressings of a master, each answered
 * from the {@link SearchCache} when it can and otherwise with exactly one request in the given lane.
 */
public final class DiscogsCandidates {
    static final int PER_PAGE = 50;
    static final String VINYL = "Vinyl";

    private final DiscogsClient client;
    private final SearchCache cache;

    public DiscogsCandidates(DiscogsClient client, SearchCache cache) {
        this.client = client;
        this.cache = cache;
    }

    /** What one search or expansion gave, and whether it cost a request. */
    public record Answer(List<DiscogsHit> hits, boolean requested) {
    }

    /** Runs one of {@link SearchPlan#queries}: type=release, the first page of results. */
    public Answer search(Map<String, String> parameters, Priority lane) {
        String key = SearchCache.key("/database/search", parameters);
        return cache.get(key).map(hits -> new Answer(hits, false)).orElseGet(() -> {
            SearchQuery query = parameters.containsKey("q") ? SearchQuery.text(parameters.get("q")) : SearchQuery.any();
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                query = with(query, p.getKey(), p.getValue());
            }
            SearchPage page = client.withPriority(lane).search(query, 1, PER_PAGE);
            List<DiscogsHit> hits = page.results().stream().filter(r -> r.type() == DiscogsType.RELEASE)
                    .map(DiscogsHits::of).toList();
            cache.put(key, hits);
            return new Answer(hits, true);
        });
    }

    /** The vinyl pressings of a master, for a record first found in another format. */
    public Answer vinylPressings(long masterId, String artist, Priority lane) {
        String key = SearchCache.key("/masters/" + masterId + "/versions", Map.of("format", VINYL));
        return cache.get(key).map(hits -> new Answer(hits, false)).orElseGet(() -> {
            MasterVersionsPage page = client.withPriority(lane)
                    .masterVersions(masterId, new VersionFilter(VINYL, null, null, null), 1, PER_PAGE);
            List<DiscogsHit> hits = page.versions().stream().map(v -> DiscogsHits.of(v, artist, masterId)).toList();
            cache.put(key, hits);
            return new Answer(hits, true);
        });
    }

    private static SearchQuery with(SearchQuery query, String name, String value) {
        return switch (name) {
            case "q" -> query;
            case "type" -> query.type(value);
            case "artist" -> query.artist(value);
            case "track" -> query.track(value);
            case "release_title" -> query.releaseTitle(value);
            case "title" -> query.title(value);
            case "catno" -> query.catno(value);
            case "barcode" -> query.barcode(value);
            case "format" -> query.format(value);
            case "year" -> query.year(value);
            case "label" -> query.label(value);
            case "country" -> query.country(value);
            default -> throw new IllegalArgumentException("not a search parameter the matcher sends: " + name);
        };
    }
}
