package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The same search rules as {@link SearchIndex}, checked one by one over the few real captured releases. */
final class RealReleaseSearch {
    private record Entry(ReleaseFacts facts, Set<String> title, Set<String> artist, Set<String> label, Set<String> track,
                         Set<String> catnos, Set<String> barcodes, Set<String> formats) {}

    private final List<Entry> entries = new ArrayList<>();

    RealReleaseSearch(Map<Long, ReleaseFacts> facts, RealDocuments real) {
        facts.forEach((id, release) -> {
            JsonNode document = real.releases().get(id);
            Set<String> artist = new HashSet<>();
            release.artists().forEach(a -> {
                artist.addAll(SearchQuery.tokens(a.name()));
                artist.addAll(SearchQuery.tokens(a.anv()));
            });
            Set<String> label = new HashSet<>();
            Set<String> catnos = new HashSet<>();
            release.labels().forEach(l -> {
                label.addAll(SearchQuery.tokens(l.name()));
                catnos.add(SearchQuery.compact(l.catno()));
            });
            Set<String> track = new HashSet<>();
            collectTracks(document.path("tracklist"), track);
            Set<String> barcodes = new HashSet<>();
            document.path("identifiers").forEach(i -> barcodes.add(SearchQuery.compact(i.path("value").asText())));
            Set<String> formats = new HashSet<>();
            release.formats().forEach(f -> {
                formats.add(f.name().toLowerCase());
                f.descriptions().forEach(d -> formats.add(d.toLowerCase()));
            });
            entries.add(new Entry(release, new HashSet<>(SearchQuery.tokens(release.title())), artist, label, track,
                    catnos, barcodes, formats));
        });
    }

    /** A query's words, read once for the whole search rather than once for each release. */
    private record Wanted(SearchQuery query, String compact, List<String> words, List<String> title, List<String> artist,
                          List<String> label, List<String> track, String catno, String barcode, int[] years) {
        static Wanted of(SearchQuery q) {
            return new Wanted(q, SearchQuery.compact(q.q()), SearchQuery.tokens(q.q()), SearchQuery.tokens(q.title()),
                    SearchQuery.tokens(q.artist()), SearchQuery.tokens(q.label()), SearchQuery.tokens(q.track()),
                    SearchQuery.compact(q.catno()), SearchQuery.compact(q.barcode()), ReleaseFilter.years(q.year()));
        }
    }

    List<ReleaseFacts> matching(SearchQuery query) {
        Wanted wanted = Wanted.of(query);
        List<ReleaseFacts> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (matches(entry, wanted)) {
                found.add(entry.facts());
            }
        }
        return found;
    }

    private static boolean matches(Entry e, Wanted w) {
        ReleaseFacts f = e.facts();
        SearchQuery q = w.query();
        if (q.q() != null) {
            boolean words = w.words().stream()
                    .allMatch(t -> e.title().contains(t) || e.artist().contains(t) || e.label().contains(t));
            if (!words && !e.catnos().contains(w.compact()) && !e.barcodes().contains(w.compact())) {
                return false;
            }
        }
        return all(e.title(), q.title(), w.title()) && all(e.artist(), q.artist(), w.artist())
                && all(e.label(), q.label(), w.label()) && all(e.track(), q.track(), w.track())
                && (q.catno() == null || e.catnos().contains(w.catno()))
                && (q.barcode() == null || e.barcodes().contains(w.barcode()))
                && (q.year() == null || (f.year() >= w.years()[0] && f.year() <= w.years()[1]))
                && (q.country() == null || f.country().equalsIgnoreCase(q.country()))
                && (q.format() == null || e.formats().contains(q.format().toLowerCase()))
                && (q.genre() == null || f.genres().stream().anyMatch(g -> g.equalsIgnoreCase(q.genre())))
                && (q.style() == null || f.styles().stream().anyMatch(s -> s.equalsIgnoreCase(q.style())));
    }

    private static boolean all(Set<String> field, String words, List<String> tokens) {
        return words == null || (!tokens.isEmpty() && field.containsAll(tokens));
    }

    private static void collectTracks(JsonNode tracklist, Set<String> tokens) {
        for (JsonNode track : tracklist) {
            tokens.addAll(SearchQuery.tokens(track.path("title").asText()));
            collectTracks(track.path("sub_tracks"), tokens);
        }
    }
}
