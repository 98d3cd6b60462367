package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VinylPointerTest {
    private final Scorer scorer = new Scorer();

    private static Candidate astley(long id, String format) {
        return new Candidate(id, "Rick Astley", "Never Gonna Give You Up", 1987, List.of(), List.of("RCA"), List.of(),
                List.of(format), "UK", List.of(new CandidateTrack("1", "Never Gonna Give You Up")), CandidateSource.MIRROR, false,
                false, null);
    }

    private static Pressing pressing(Candidate c) {
        return new Pressing(c.releaseId(), c.artist(), c.title(), c.year(), c.country(), String.join(", ", c.labels()),
                "", String.join(", ", c.formats()), null, null, null);
    }

    @Test
    void a_cd_of_the_right_record_says_so_in_plain_words_and_points_at_the_vinyl_pressing() {
        Candidate cd = astley(1, "CD");
        Candidate vinyl = astley(2, "Vinyl");
        DigitalTrack track = DigitalTrack.of("Rick Astley", "Never Gonna Give You Up");
        Map<Long, String> directions = VinylPointer.directions(List.of(pressing(cd), pressing(vinyl)));

        assertEquals("same title and artist; this is a CD \u2014 the vinyl pressing is below",
                VinylPointer.pointed(scorer.score(track, cd).explanation(), directions.get(1L)));
        assertEquals("same title and artist; on vinyl",
                VinylPointer.pointed(scorer.score(track, vinyl).explanation(), directions.get(2L)), "the vinyl needs no pointer");
        assertEquals("above", VinylPointer.directions(List.of(pressing(vinyl), pressing(cd))).get(1L));
    }

    @Test
    void a_cd_with_no_vinyl_pressing_in_the_list_only_says_it_is_a_cd() {
        Candidate cd = astley(1, "CD");
        Candidate otherRecord = new Candidate(3, "Rick Astley", "Whenever You Need Somebody", 1987, List.of(), List.of(),
                List.of(), List.of("Vinyl"), "UK", List.of(), CandidateSource.MIRROR, false, false, null);
        assertTrue(VinylPointer.directions(List.of(pressing(cd), pressing(otherRecord))).isEmpty());
    }

    @Test
    void a_person_would_agree_with_the_scores_the_vinyl_first_the_cd_close_behind_the_artist_alone_far_below() {
        DigitalTrack track = DigitalTrack.of("Rick Astley", "Never Gonna Give You Up");
        double vinyl = scorer.score(track, astley(2, "Vinyl")).confidence();
        double cd = scorer.score(track, astley(1, "CD")).confidence();
        Candidate sameArtistOnly = new Candidate(3, "Rick Astley", "Hold Me In Your Arms", 1988, List.of(), List.of(),
                List.of(), List.of("Vinyl"), "UK", List.of(new CandidateTrack("A1", "Giving Up On Love")), CandidateSource.MIRROR,
                false, false, null);
        double artistOnly = scorer.score(track, sameArtistOnly).confidence();
        assertEquals(1.0, vinyl, 1e-9);
        assertTrue(cd > 0.8 && cd < vinyl, "the right record on CD: " + cd);
        assertTrue(artistOnly < MatchPolicy.DEFAULT.plausible(), "a record that only shares the artist: " + artistOnly);
    }
}
