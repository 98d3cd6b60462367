package app.spindle.mirror.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words a mirror knows, with how many records hold each, grouped by length for a quick nearest-word look-up. */
final class Vocabulary {
    record Term(String word, int records) {
    }

    private static final int LONGEST = 40;

    private final List<List<Term>> byLength = new ArrayList<>();

    Vocabulary(List<Term> terms) {
        for (int n = 0; n <= LONGEST; n++) {
            byLength.add(new ArrayList<>());
        }
        for (Term term : terms) {
            if (term.word().length() <= LONGEST) {
                byLength.get(term.word().length()).add(term);
            }
        }
    }

    /**
     * The known word fewest slips from {@code word} (one allowed up to five letters, two from six), the
     * one more records hold when several are as near; empty when none is near enough.
     */
    Optional<String> nearest(String word) {
        int allowed = word.length() <= 5 ? 1 : 2;
        Term best = null;
        int bestDistance = allowed + 1;
        for (int length = Math.max(1, word.length() - allowed);
                length <= Math.min(LONGEST, word.length() + allowed); length++) {
            for (Term term : byLength.get(length)) {
                int distance = EditDistance.atMost(word, term.word(), allowed);
                if (distance < bestDistance || distance == bestDistance && best != null && term.records() > best.records()) {
                    best = term;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best).map(Term::word);
    }
}
