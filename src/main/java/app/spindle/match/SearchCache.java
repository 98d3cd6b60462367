package app.spindle.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import app.spindle.mirror.Timestamps;
import app.spindle.mirror.query.ReadSide;
import org.jdbi.v3.core.Jdbi;

/**
 * Discogs answers the matcher already has, in SQLite, so a repeated match costs no request. Keyed by
 * the request path and its parameters in a normal form (sorted, lower case, spaces collapsed); kept
 * as the candidates they gave; reused for {@code ttl}.
 */
public final class SearchCache {
    private static final TypeReference<List<DiscogsHit>> HITS = new TypeReference<>() {};

    private final Jdbi jdbi;
    private final ReadSide reads;
    private final Clock clock;
    private final Duration ttl;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Writes on {@code jdbi}, looks up on {@code reads}. */
    public SearchCache(Jdbi jdbi, ReadSide reads, Clock clock, Duration ttl) {
        this.jdbi = jdbi;
        this.reads = reads;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** "/database/search?artist=rick astley&format=vinyl&track=never gonna give you up&type=release". */
    public static String key(String path, Map<String, String> parameters) {
        Map<String, String> sorted = new TreeMap<>();
        parameters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sorted.put(k, v.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            }
        });
        return path + "?" + sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    public Optional<List<DiscogsHit>> get(String key) {
        Instant oldest = clock.instant().minus(ttl);
        Optional<String> stored = reads.with(h -> h.createQuery(
                        "SELECT candidates FROM match_search_cache WHERE query_key = :key AND fetched_at >= :oldest")
                .bind("key", key).bind("oldest", Timestamps.format(oldest)).mapTo(String.class).findOne());
        return stored.flatMap(this::parse);
    }

    public void put(String key, List<DiscogsHit> hits) {
        String text;
        try {
            text = json.writeValueAsString(hits);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("candidates could not be written as JSON", e);
        }
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO match_search_cache (query_key, candidates, fetched_at) VALUES (:key, :text, :now)
                        ON CONFLICT (query_key) DO UPDATE SET candidates = excluded.candidates, fetched_at = excluded.fetched_at
                        """)
                .bind("key", key).bind("text", text).bind("now", Timestamps.format(clock.instant())).execute());
    }

    private Optional<List<DiscogsHit>> parse(String text) {
        try {
            return Optional.of(json.readValue(text, HITS));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // an entry from an older shape: ask again
        }
    }
}
