package app.spindle.match;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How well a candidate fits a digital track. {@code confidence} runs from 0 to 1; {@code parts} are
 * the fields both sides had, each with its weight and similarity, so the page can say why;
 * {@code missing} names fields the track had and the candidate lacked (they lower confidence a
 * little, never like a mismatch); {@code track} is the matching tracklist entry or null.
 */
public record Score(Candidate candidate, double confidence, List<ScorePart> parts, List<String> missing,
                    TrackMatch track) {

    public Score {
        parts = List.copyOf(parts);
        missing = List.copyOf(missing);
    }

    public Optional<ScorePart> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * What a part adds to the confidence: its share of the weighted mean, scaled like the confidence
     * is for missing fields. The parts' contributions add up to the confidence.
     */
    public double contribution(String name) {
        double total = parts.stream().mapToDouble(ScorePart::weight).sum();
        double mean = parts.stream().mapToDouble(p -> p.weight() * p.similarity()).sum();
        if (total == 0 || mean == 0) {
            return 0;
        }
        return part(name).map(p -> p.weight() * p.similarity() / mean * confidence).orElse(0.0);
    }

    static final String SAME_TITLE = "same title";
    static final String SAME_ARTIST = "same artist";

    /**
     * The explanations, most weighty first, in plain words: "catalog number PB 41447 matches exactly; same title and
     * artist; on vinyl". An exact title and an exact artist read as one reason, as a person would say it.
     */
    public String explanation() {
        boolean titleAndArtist = parts.stream().anyMatch(p -> p.explanation().equals(SAME_TITLE))
                && parts.stream().anyMatch(p -> p.explanation().equals(SAME_ARTIST));
        return parts.stream()
                .filter(p -> !(titleAndArtist && p.explanation().equals(SAME_ARTIST)))
                .map(p -> titleAndArtist && p.explanation().equals(SAME_TITLE) ? "same title and artist" : p.explanation())
                .collect(Collectors.joining("; "));
    }
}
