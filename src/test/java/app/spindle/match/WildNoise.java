package app.spindle.match;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How digital files describe a track, as download stores, streaming services and taggers really write
 * it. Where each convention comes from is in {@code src/test/resources/match/real-labelled-set.md}.
 */
final class WildNoise {
    /** Beatport, Traxsource, Juno Download: every track carries its mix name. */
    private static final String[] STORE_MIX = {" (Original Mix)", " (Extended Mix)", " (Original)", " (Extended Version)"};
    /** Spotify and Apple Music titles of remastered catalogue. */
    private static final String[] REMASTER = {" - 2011 Remaster", " - Remastered 2009", " (Remastered)", " - 2015 Remaster",
            " [Remastered]", " - Single Version", " - Remastered"};
    /** How tags join the artists of one track. */
    private static final String[] ARTIST_JOINS = {" feat. ", " ft. ", " & ", " x ", ", ", " and ", " vs. ", " Feat. "};
    /** Album names as stores and services print reissues. */
    private static final String[] ALBUM_SUFFIX = {" (Remastered)", " (Deluxe Edition)", " - EP", " EP", " (Remastered 2012)"};

    private final Random random;

    WildNoise(Random random) {
        this.random = random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    String storeMix() {
        return STORE_MIX[random.nextInt(STORE_MIX.length)];
    }

    String remaster() {
        return REMASTER[random.nextInt(REMASTER.length)];
    }

    String join() {
        return ARTIST_JOINS[random.nextInt(ARTIST_JOINS.length)];
    }

    String albumSuffix() {
        return ALBUM_SUFFIX[random.nextInt(ALBUM_SUFFIX.length)];
    }

    /** "01 Title", "01. Title", "1 - Title", "01-Title": a track number left in the title by a ripper. */
    String trackNumber(String title, int number) {
        String two = String.format(Locale.ROOT, "%02d", number);
        return switch (random.nextInt(4)) {
            case 0 -> two + " " + title;
            case 1 -> two + ". " + title;
            case 2 -> number + " - " + title;
            default -> two + "-" + title;
        };
    }

    /** "A1 Title", "A1. Title", "B2 - Title", "[A1] Title": a vinyl rip names the side and position. */
    String vinylPosition(String title, String position) {
        return switch (random.nextInt(4)) {
            case 0 -> position + " " + title;
            case 1 -> position + ". " + title;
            case 2 -> position + " - " + title;
            default -> "[" + position + "] " + title;
        };
    }

    /** ASCII-only tags and file names: "Östermalm" → "Ostermalm", "Dahlbäck" → "Dahlback". */
    static String stripDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('ø', 'o')
                .replace('Ø', 'O').replace("ß", "ss").replace('ł', 'l');
    }

    static boolean hasDiacritics(String text) {
        return !stripDiacritics(text).equals(text);
    }

    /** A library sorted by name: "The Persuader" → "Persuader, The". */
    static String theMoved(String artist) {
        return artist.startsWith("The ") ? artist.substring(4) + ", The" : artist;
    }

    /** Discogs' "(2)" disambiguation and the "*" of a name variation never reach a store's tags. */
    static String storeName(String discogsName) {
        return discogsName.replaceAll("\\s+\\(\\d+\\)$", "").replaceAll("\\*$", "").strip();
    }
}
