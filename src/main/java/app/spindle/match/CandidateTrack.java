package app.spindle.match;

import java.util.List;

/** A track of a candidate's tracklist: its position as Discogs writes it ("A2", "1-03"), title, and own artists if any. */
public record CandidateTrack(String position, String title, List<String> artists) {

    public CandidateTrack {
        artists = artists == null ? List.of() : List.copyOf(artists);
    }

    public CandidateTrack(String position, String title) {
        this(position, title, List.of());
    }
}
