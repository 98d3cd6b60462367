package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private final Scorer scorer = new Scorer();
    private final Ranking ranking = new Ranking(scorer);

    private static Candidate release(long id, String artist, String title, List<String> catnos, List<String> formats,
                                     List<CandidateTrack> tracks, CandidateSource source, boolean owned) {
        return new Candidate(id, artist, title, 1999, catnos, List.of("Warp Records"), List.of(), formats, "UK", tracks,
                source, owned, false, null);
    }

    private static Candidate windowlicker(long id, List<String> catnos) {
        return release(id, "Aphex Twin", "Windowlicker", catnos, List.of("Vinyl", "12\""),
                List.of(new CandidateTrack("A", "Windowlicker"), new CandidateTrack("B2", "Nannou")), CandidateSource.MIRROR, false);
    }

    @Test
    void a_missing_catalog_number_costs_less_than_a_wrong_one() {
        DigitalTrack track = DigitalTrack.of("Aphex Twin", "Windowlicker").withCatno("WAP105");
        double missing = scorer.score(track, windowlicker(1, List.of())).confidence();
        double wrong = scorer.score(track, windowlicker(2, List.of("WAP106"))).confidence();
        double right = scorer.score(track, windowlicker(3, List.of("WAP 105"))).confidence();
        assertTrue(right > missing && missing > wrong, right + " > " + missing + " > " + wrong);
        assertEquals(List.of(ScorePart.CATALOG_NUMBER), scorer.score(track, windowlicker(1, List.of())).missing());
    }

    @Test
    void fields_the_track_does_not_have_cost_nothing() {
        Score score = scorer.score(DigitalTrack.of("Aphex Twin", "Windowlicker"), windowlicker(1, List.of("WAP105")));
        assertEquals(1.0, score.confidence(), 1e-9);
        assertEquals(List.of(), score.missing());
    }

    @Test
    void the_parts_contributions_add_up_to_the_confidence() {
        Score score = scorer.score(new DigitalTrack("Apex Twin", "Windowlicker", "Windowlicker", 2001, "WAP105", "Warp", null,
                null), windowlicker(1, List.of("WAP 105")));
        double sum = score.parts().stream().mapToDouble(p -> score.contribution(p.name())).sum();
        assertEquals(score.confidence(), sum, 1e-9);
        assertTrue(score.confidence() > 0.8 && score.confidence() < 1, "confidence " + score.confidence());
    }

    @Test
    void the_matching_track_comes_with_position_and_side() {
        Score score = scorer.score(DigitalTrack.of("Aphex Twin", "Nannou"), windowlicker(1, List.of()));
        assertEquals(new TrackMatch("B2", "B", null, "Nannou", 1.0), score.track());
        assertEquals("same title", score.part(ScorePart.TRACK).orElseThrow().explanation());
        assertEquals("same title and artist; on vinyl", score.explanation(), "reasons in plain words, no percentages");
    }

    @Test
    void a_cd_position_names_the_disc() {
        Candidate box = release(5, "Brian Eno", "Working Backwards", List.of("EGBS 2"), List.of("CD"),
                List.of(new CandidateTrack("1-03", "Baby's On Fire"), new CandidateTrack("2-01", "Burning Airlines")),
                CandidateSource.DISCOGS, false);
        TrackMatch match = scorer.score(DigitalTrack.of("Eno", "Babys on Fire"), box).track();
        assertEquals(1, match.disc());
        assertNull(match.side());
    }

    @Test
    void a_compilation_without_track_artists_leaves_the_artist_out() {
        Candidate various = release(6, "Various", "Warp 10+1", List.of(), List.of("Vinyl"),
                List.of(new CandidateTrack("A1", "Windowlicker")), CandidateSource.MIRROR, false);
        Score score = scorer.score(DigitalTrack.of("Aphex Twin", "Windowlicker"), various);
        assertEquals(List.of(ScorePart.ARTIST), score.missing());
        assertTrue(score.confidence() > 0.85, "confidence " + score.confidence());
    }

    @Test
    void a_typo_is_forgiven_but_named() {
        Score score = scorer.score(DigitalTrack.of("Aphex Twin", "Windowlickr"), windowlicker(1, List.of()));
        String explanation = score.part(ScorePart.TRACK).orElseThrow().explanation();
        assertEquals("nearly the same title: \u201cWindowlicker\u201d", explanation);
    }

    @Test
    void a_record_that_only_shares_the_artist_is_not_a_match_a_person_would_accept() {
        Candidate otherRecord = release(8, "Aphex Twin", "Drukqs", List.of("WARPCD92"), List.of("Vinyl"), List.of(),
                CandidateSource.DISCOGS, false);
        Score score = scorer.score(DigitalTrack.of("Aphex Twin", "Windowlicker"), otherRecord);
        assertTrue(score.confidence() < MatchPolicy.DEFAULT.plausible(), "artist alone: " + score.confidence());
        assertEquals("same artist; on vinyl; nothing shows the track is on this record", score.explanation());

        Score single = scorer.score(DigitalTrack.of("Aphex Twin", "Windowlicker"),
                release(9, "Aphex Twin", "Windowlicker", List.of("WAP105"), List.of("Vinyl"), List.of(), CandidateSource.DISCOGS, false));
        assertTrue(single.confidence() >= MatchPolicy.DEFAULT.confident(), "the record named after the track: " + single.confidence());
        Score artistAsked = scorer.score(new DigitalTrack("Aphex Twin", "", null, null, null, null, null, null), otherRecord);
        assertTrue(artistAsked.confidence() > 0.8, "asked for the artist alone, the artist is the answer: " + artistAsked.confidence());
    }

    @Test
    void a_cd_says_it_is_a_cd() {
        Candidate cd = release(10, "Aphex Twin", "Windowlicker", List.of("WAP105CD"), List.of("CD"),
                List.of(new CandidateTrack("1", "Windowlicker")), CandidateSource.DISCOGS, false);
        assertEquals("same title and artist; this is a CD",
                scorer.score(DigitalTrack.of("Aphex Twin", "Windowlicker"), cd).explanation());
    }

    @Test
    void ties_rank_the_owned_copy_first_and_are_ambiguous() {
        Candidate notOwned = windowlicker(1, List.of("WAP105"));
        Candidate owned = release(2, "Aphex Twin", "Windowlicker", List.of("WAP105"), List.of("Vinyl"),
                List.of(new CandidateTrack("A", "Windowlicker")), CandidateSource.MIRROR, true);
        RankedCandidates ranked = ranking.rank(DigitalTrack.of("Aphex Twin", "Windowlicker"), List.of(notOwned, owned));
        assertEquals(2, ranked.best().candidate().releaseId());
        assertTrue(ranked.ambiguous());
    }

    @Test
    void the_same_release_from_mirror_and_discogs_is_listed_once_as_the_mirror_one() {
        Candidate fromSearch = release(7, "Aphex Twin", "Windowlicker", List.of("WAP105"), List.of("Vinyl"), List.of(),
                CandidateSource.DISCOGS, false);
        Candidate fromMirror = windowlicker(7, List.of("WAP105"));
        RankedCandidates ranked = ranking.rank(DigitalTrack.of("Aphex Twin", "Windowlicker"), List.of(fromSearch, fromMirror));
        assertEquals(1, ranked.scored().size());
        assertEquals(CandidateSource.MIRROR, ranked.best().candidate().source());
        assertFalse(ranked.ambiguous());
    }

    @Test
    void no_candidates_rank_to_nothing() {
        RankedCandidates ranked = ranking.rank(DigitalTrack.of("a", "b"), List.of());
        assertNull(ranked.best());
        assertTrue(ranked.decidingPart().isEmpty());
    }

    @Test
    void discogs_search_barcodes_full_of_matrix_strings_are_ignored() {
        Candidate c = new Candidate(11849140, "DJ Healer", "Nothing 2 Loose", 2018, List.of("APW-2"),
                List.of("All Possible Worlds"), List.of("APW-2 A Dmm H.P. mastered by rico at the basement all possible worlds"),
                List.of("Vinyl", "12\"", "33 \u2153 RPM", "Album"), "Germany", List.of(), CandidateSource.DISCOGS, false, false, null);
        Score score = scorer.score(DigitalTrack.of("DJ Healer", "Nothing 2 Loose").withBarcode("4 250101 412345"), c);
        assertEquals(List.of(ScorePart.BARCODE), score.missing());
    }
}
