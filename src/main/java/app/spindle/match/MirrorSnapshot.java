package app.spindle.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The whole mirror in memory, indexed by the words of artists, release titles and track titles, by
 * catalog number (loose key) and barcode: a bulk run asks it thousands of times in the time one
 * SQLite connection per track would take. The same stages as {@link MirrorLookup}, on folded words.
 * Made by the worker when a batch starts; what the mirror learns later is seen by the next snapshot.
 */
final class MirrorSnapshot implements MirrorSource {
    /** Above this many releases a snapshot costs too much memory: bulk runs ask SQLite instead. */
    static final int MAX_RELEASES = 30_000;

    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "to", "for", "from",
            "with", "part", "la", "le", "de", "die", "der");

    record Contents(List<NormalizedCandidate> candidates, Map<Long, Long> masters) {
    }

    private final List<NormalizedCandidate> all;
    private final Map<Long, Integer> byId = new HashMap<>();
    private final Map<Long, Long> masters;
    private final Map<String, List<Integer>> trackWords = new HashMap<>();
    private final Map<String, List<Integer>> titleWords = new HashMap<>();
    private final Map<String, List<Integer>> artistWords = new HashMap<>();
    private final Map<String, List<Integer>> catnos = new HashMap<>();
    private final Map<String, List<Integer>> barcodes = new HashMap<>();
    private final int limit;

    MirrorSnapshot(Contents contents, int limit) {
        this.all = contents.candidates();
        this.masters = contents.masters();
        this.limit = limit;
        for (int i = 0; i < all.size(); i++) {
            NormalizedCandidate c = all.get(i);
            byId.put(c.candidate().releaseId(), i);
            for (NormalizedCandidate.Track t : c.tracks()) {
                post(trackWords, words(t.title().base()), i);
                post(artistWords, words(t.artist().main()), i);
            }
            post(titleWords, words(c.album()), i);
            post(artistWords, words(c.artist().main()), i);
            for (String name : c.artist().names()) {
                post(artistWords, words(name), i);
            }
            final int index = i;
            c.catnos().forEach(k -> post(catnos, Set.of(k.looseKey()), index));
            c.barcodes().forEach(b -> post(barcodes, Set.of(b.key()), index));
        }
    }

    int size() {
        return all.size();
    }

    @Override
    public List<NormalizedCandidate> find(DigitalTrack track, MirrorLookup.Stage stage) {
        NormalizedTrack t = NormalizedTrack.of(track);
        Set<String> artist = words(t.artist().main());
        Set<String> title = words(t.title().base());
        Set<String> album = words(t.album());
        Set<Integer> found = new LinkedHashSet<>();
        switch (stage) {
            case PRECISE -> {
                if (t.catno() != null) {
                    found.addAll(catnos.getOrDefault(t.catno().looseKey(), List.of()));
                }
                if (t.barcode() != null) {
                    found.addAll(barcodes.getOrDefault(t.barcode().key(), List.of()));
                }
                if (!title.isEmpty() && !artist.isEmpty()) {
                    Set<Integer> byArtist = any(artistWords, artist);
                    all(trackWords, title).stream().filter(byArtist::contains).limit(limit).forEach(found::add);
                }
            }
            case WIDER -> {
                Set<Integer> byArtist = artist.isEmpty() ? Set.of() : any(artistWords, artist);
                if (!album.isEmpty()) {
                    all(titleWords, album).stream().filter(byArtist::contains).limit(limit).forEach(found::add);
                }
                if (!title.isEmpty()) {
                    all(trackWords, title).stream().limit(limit).forEach(found::add);
                }
                if (!artist.isEmpty()) {
                    all(artistWords, artist).stream().limit(limit * 2L).forEach(found::add);
                }
            }
            case BROAD -> found.addAll(mostTelling(artist, title, album));
        }
        return found.stream().map(all::get).toList();
    }

    @Override
    public List<NormalizedCandidate> load(Collection<Long> releaseIds) {
        return releaseIds.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).map(all::get).toList();
    }

    @Override
    public Long masterOf(long releaseId) {
        return masters.get(releaseId);
    }

    /** The releases sharing the rarest words with the track, as a search engine ranks them. */
    private List<Integer> mostTelling(Set<String> artist, Set<String> title, Set<String> album) {
        Map<Integer, Double> relevance = new HashMap<>();
        score(relevance, artistWords, artist, 1.5);
        score(relevance, trackWords, title, 1.0);
        score(relevance, titleWords, album, 1.0);
        PriorityQueue<Map.Entry<Integer, Double>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
        for (Map.Entry<Integer, Double> e : relevance.entrySet()) {
            top.add(e);
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<Integer> best = new ArrayList<>();
        top.forEach(e -> best.add(e.getKey()));
        return best;
    }

    private void score(Map<Integer, Double> relevance, Map<String, List<Integer>> index, Set<String> words, double weight) {
        for (String w : words) {
            if (STOP_WORDS.contains(w)) {
                continue;
            }
            List<Integer> postings = index.getOrDefault(w, List.of());
            double idf = Math.log((double) all.size() / (1 + postings.size())) * weight;
            for (int i : postings) {
                relevance.merge(i, idf, Double::sum);
            }
        }
    }

    /** Releases with every word in that index. */
    private static Set<Integer> all(Map<String, List<Integer>> index, Set<String> words) {
        Set<Integer> result = null;
        for (String w : words) {
            List<Integer> postings = index.getOrDefault(w, List.of());
            if (result == null) {
                result = new LinkedHashSet<>(postings);
            } else {
                result.retainAll(new HashSet<>(postings));
            }
            if (result.isEmpty()) {
                break;
            }
        }
        return result == null ? Set.of() : result;
    }

    private static Set<Integer> any(Map<String, List<Integer>> index, Set<String> words) {
        Set<Integer> result = new HashSet<>();
        words.forEach(w -> result.addAll(index.getOrDefault(w, List.of())));
        return result;
    }

    private static void post(Map<String, List<Integer>> index, Set<String> words, int i) {
        for (String w : words) {
            List<Integer> postings = index.computeIfAbsent(w, k -> new ArrayList<>());
            if (postings.isEmpty() || postings.get(postings.size() - 1) != i) {
                postings.add(i);
            }
        }
    }

    private static Set<String> words(String folded) {
        Set<String> words = new LinkedHashSet<>();
        if (folded != null) {
            for (String w : folded.split(" ")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
