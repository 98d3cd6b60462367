package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every case of the labelled table: the right candidate first, for the right reason. */
class ScorerTableTest {

    private static final ScoringCases TABLE = ScoringCases.load();
    private final Ranking ranking = new Ranking(new Scorer());

    @Test
    void the_table_has_at_least_30_cases() {
        assertTrue(TABLE.cases().size() >= 30, "cases: " + TABLE.cases().size());
    }

    @TestFactory
    Stream<DynamicTest> each_case_ranks_the_right_candidate_first() {
        return TABLE.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(ScoringCases.Case c) {
        RankedCandidates ranked = ranking.rank(c.track(), TABLE.candidatesOf(c));
        String report = describe(ranked);
        assertTrue(c.best().contains(ranked.best().candidate().releaseId()), "wrong best\n" + report);
        assertEquals(c.ambiguous(), ranked.ambiguous(), "ambiguity\n" + report);
        if (c.deciding() != null) {
            assertEquals(c.deciding(), ranked.decidingPart().orElseThrow().name(), "deciding part\n" + report);
        }
        if (c.side() != null) {
            assertEquals(c.side(), ranked.best().track().side(), "side\n" + report);
        }
        if (c.explains() != null) {
            assertTrue(ranked.best().explanation().contains(c.explains()), "explanation\n" + report);
        }
    }

    static String describe(RankedCandidates ranked) {
        StringBuilder out = new StringBuilder();
        for (Score s : ranked.scored()) {
            out.append(String.format("  %.3f %d %s – %s: %s; missing %s%n", s.confidence(), s.candidate().releaseId(),
                    s.candidate().artist(), s.candidate().title(), s.explanation(), s.missing()));
        }
        ranked.decidingPart().ifPresent(p -> out.append("  deciding: ").append(p.name()).append('\n'));
        out.append("  ambiguous: ").append(ranked.ambiguous());
        return out.toString();
    }
}
