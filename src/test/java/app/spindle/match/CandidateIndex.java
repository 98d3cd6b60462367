package app.spindle.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A simple in-memory index for bulk tests: candidates by the folded words of their artist, release and
 * track titles (weighted by rarity, as a search engine would), by artist and by catalog number. Only
 * the shortlist — the candidates sharing the most telling words with a track — is scored.
 */
final class CandidateIndex {

    private final List<NormalizedCandidate> candidates = new ArrayList<>();
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final Map<String, List<Integer>> byArtist = new HashMap<>();
    private final Map<String, List<Integer>> byCatno = new HashMap<>();

    CandidateIndex(List<Candidate> all) {
        for (Candidate c : all) {
            int id = candidates.size();
            NormalizedCandidate n = NormalizedCandidate.of(c);
            candidates.add(n);
            Set<String> words = new HashSet<>();
            addWords(words, n.album());
            n.tracks().forEach(t -> addWords(words, t.title().base()));
            words.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
            byArtist.computeIfAbsent(n.artist().main(), k -> new ArrayList<>()).add(id);
            n.catnos().forEach(k -> byCatno.computeIfAbsent(k.looseKey(), x -> new ArrayList<>()).add(id));
        }
    }

    List<NormalizedCandidate> shortlist(NormalizedTrack track, int size) {
        Map<Integer, Double> relevance = new HashMap<>();
        Set<String> words = new HashSet<>();
        addWords(words, track.title().base());
        addWords(words, track.album());
        for (String w : words) {
            List<Integer> postings = byWord.getOrDefault(w, List.of());
            double idf = Math.log((double) candidates.size() / (1 + postings.size()));
            for (int id : postings) {
                relevance.merge(id, idf, Double::sum);
            }
        }
        for (int id : byArtist.getOrDefault(track.artist().main(), List.of())) {
            relevance.merge(id, 10.0, Double::sum);
        }
        if (track.catno() != null) {
            for (int id : byCatno.getOrDefault(track.catno().looseKey(), List.of())) {
                relevance.merge(id, 100.0, Double::sum);
            }
        }
        PriorityQueue<Map.Entry<Integer, Double>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
        for (Map.Entry<Integer, Double> e : relevance.entrySet()) {
            if (top.size() < size) {
                top.add(e);
            } else if (e.getValue() > top.peek().getValue()) {
                top.poll();
                top.add(e);
            }
        }
        return top.stream().map(e -> candidates.get(e.getKey())).toList();
    }

    private static void addWords(Set<String> words, String folded) {
        for (String w : folded.split(" ")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
    }
}
