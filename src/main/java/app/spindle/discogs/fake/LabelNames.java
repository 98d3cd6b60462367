package app.spindle.discogs.fake;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Made-up label names, each with its own catalog-number prefix (unique, so a catalog number leads back to
 * its label) and style: "ABC-123", "XL 1234" or "WARP12".
 */
final class LabelNames {
    final String[] names;
    final String[] prefixes;
    final byte[] catnoStyle;
    final int[] catnoBase;
    final Map<String, Integer> byPrefix = new HashMap<>();

    LabelNames(long seed, int count) {
        names = new String[count];
        prefixes = new String[count];
        catnoStyle = new byte[count];
        catnoBase = new int[count];
        Set<String> taken = new HashSet<>();
        for (int l = 0; l < count; l++) {
            Dice label = Dice.of(seed, GeneratedCatalogue.KIND_LABEL, l);
            String first = label.chance(0.3) ? label.pick(Vocabulary.LAST_NAMES)
                    : label.chance(0.5) ? label.pick(Vocabulary.ADJECTIVES) : label.pick(Vocabulary.NOUNS);
            // Two words before the suffix keep the names made-up ("Island Records" would be a real label).
            String second = " " + label.pick(Vocabulary.NOUNS);
            String suffix = label.pick(Vocabulary.LABEL_SUFFIXES);
            String name = (first + second + (suffix.isEmpty() ? "" : " " + suffix)).trim();
            if (!taken.add(name)) {
                int n = 2;
                while (!taken.add(name + " (" + n + ")")) {
                    n++;
                }
                name = name + " (" + n + ")";
            }
            names[l] = name;
            String prefix = initials(first + second + " " + suffix, label);
            char extra = 'A';
            while (byPrefix.containsKey(prefix) || byPrefix.containsKey(prefix + "CD") || prefix.endsWith("CD")) {
                prefix = prefix + extra++;
                if (extra > 'Z') {
                    extra = 'A';
                }
            }
            prefixes[l] = prefix;
            byPrefix.put(prefix, l);
            catnoStyle[l] = (byte) label.below(3);
            catnoBase[l] = label.chance(0.5) ? 1 : label.between(10, 900);
        }
    }

    private static String initials(String words, Dice dice) {
        String[] parts = words.trim().split("\\s+");
        if (parts.length == 1 || dice.chance(0.35)) {
            String word = parts[0].toUpperCase().replaceAll("[^A-Z]", "");
            return word.substring(0, Math.min(word.length(), dice.between(2, 4)));
        }
        StringBuilder initials = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.toString();
    }
}
