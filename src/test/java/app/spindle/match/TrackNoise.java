package app.spindle.match;

import java.util.List;
import java.util.Random;

/** The ways real files differ from Discogs: suffixes, guests, typos, case, catalog-number spellings. */
final class TrackNoise {
    private static final String[] REMASTER = {" - 2011 Remaster", " (Remastered 2009)", " - Remastered", " (2015 Remaster)",
            " [Remastered]", " - 2003 Digital Remaster"};
    private static final String[] VERSION = {" (Original Mix)", " (Radio Edit)", " - Single Version", " (Album Version)",
            " - Mono", " (Live)"};
    private static final String[] GUESTS = {"Ruth Okafor", "MC Tillman", "Jasper Novak", "Lotte Duval", "Yara Beaumont"};
    private static final String[] ALBUM_SUFFIX = {" (Deluxe Edition)", " (Remastered)", " [Expanded Edition]",
            " (2012 Remaster)"};

    private final Random random;

    TrackNoise(Random random) {
        this.random = random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    String remaster() {
        return pick(REMASTER);
    }

    String version() {
        return pick(VERSION);
    }

    String guest() {
        return pick(GUESTS);
    }

    String albumSuffix() {
        return pick(ALBUM_SUFFIX);
    }

    /** One letter dropped, doubled or swapped with its neighbour, inside a word of five letters or more. */
    String typo(String text) {
        String[] words = text.split(" ");
        int longest = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)
                    && (longest < 0 || random.nextBoolean())) {
                longest = i;
            }
        }
        if (longest < 0) {
            return text;
        }
        String w = words[longest];
        int at = 1 + random.nextInt(w.length() - 2);
        words[longest] = switch (random.nextInt(3)) {
            case 0 -> w.substring(0, at) + w.substring(at + 1);
            case 1 -> w.substring(0, at) + w.charAt(at) + w.substring(at);
            default -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
        };
        return String.join(" ", words);
    }

    /** How people type a catalog number: spacing, case, dashes and leading zeros vary. */
    String catno(String catno) {
        return switch (random.nextInt(5)) {
            case 0 -> catno;
            case 1 -> catno.toLowerCase();
            case 2 -> catno.replaceAll("[\\s-]", "");
            case 3 -> catno.replace(' ', '-');
            default -> catno.replaceAll("(?<![0-9])0+(?=[0-9])", "");
        };
    }
}
