package app.spindle.discogs.fake;

import java.util.HashSet;
import java.util.Set;

/** Made-up artist names, unique the Discogs way: a repeated name gets " (2)", " (3)"… */
final class ArtistNames {
    private final long seed;

    ArtistNames(long seed) {
        this.seed = seed;
    }

    String[] generate(int count) {
        String[] names = new String[count];
        Set<String> taken = new HashSet<>();
        for (int a = 0; a < count; a++) {
            String name = draw(Dice.of(seed, GeneratedCatalogue.KIND_ARTIST, a));
            String unique = name;
            for (int n = 2; !taken.add(unique); n++) {
                unique = name + " (" + n + ")";
            }
            names[a] = unique;
        }
        return names;
    }

    private static String draw(Dice dice) {
        double u = dice.unit();
        if (u < 0.40) {
            return dice.pick(Vocabulary.FIRST_NAMES) + " " + dice.pick(Vocabulary.LAST_NAMES);
        }
        if (u < 0.60) {
            return "The " + dice.pick(Vocabulary.ADJECTIVES) + " " + dice.pick(Vocabulary.NOUNS) + "s";
        }
        if (u < 0.75) {
            return dice.pick(Vocabulary.ADJECTIVES) + " " + dice.pick(Vocabulary.NOUNS);
        }
        if (u < 0.85) {
            String leader = dice.pick(Vocabulary.FIRST_NAMES) + " " + dice.pick(Vocabulary.LAST_NAMES);
            return leader + dice.pick(new String[] {" Trio", " Quartet", " Orchestra", " & The " + dice.pick(Vocabulary.NOUNS) + "s"});
        }
        if (u < 0.93) {
            return (dice.chance(0.5) ? "DJ " : "MC ") + dice.pick(Vocabulary.ADJECTIVES);
        }
        return dice.pick(Vocabulary.NOUNS) + " " + dice.pick(Vocabulary.NOUNS);
    }
}
