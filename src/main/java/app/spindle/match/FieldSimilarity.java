package app.spindle.match;

import java.util.List;

/** Similarity of the structured fields: titles with their mix names, artist credits with their single names and guests. */
final class FieldSimilarity {

    /** The same title, one side a remix and the other not: related, not the same recording. */
    static final double ONE_SIDED_MIX = 0.75;
    /** Only one of several credited artists matches. */
    static final double PARTIAL_CREDIT = 0.9;
    /** The track's guest is the candidate's artist (or the other way round). */
    static final double GUEST_CREDIT = 0.7;

    /**
     * Their title of two words or more, then up to three words more on mine: a suffix the normaliser does
     * not know ("- Single Vesion", "- 2011 Remmaster"), most likely the same song.
     */
    static final double UNKNOWN_SUFFIX = 0.85;

    private final TextSimilarity similarity;

    FieldSimilarity(TextSimilarity similarity) {
        this.similarity = similarity;
    }

    double title(TitleParts mine, TitleParts theirs) {
        double base = similarity.compact(mine.base(), theirs.base());
        if (base < UNKNOWN_SUFFIX && withSuffix(mine.base(), theirs.base())) {
            base = UNKNOWN_SUFFIX;
        }
        if (mine.mixName() == null && theirs.mixName() == null) {
            return base;
        }
        if (mine.mixName() == null || theirs.mixName() == null) {
            return base * ONE_SIDED_MIX;
        }
        return base * (0.7 + 0.3 * similarity.compact(mine.mixName(), theirs.mixName()));
    }

    private static boolean withSuffix(String mine, String theirs) {
        if (theirs.indexOf(' ') < 0 || !mine.startsWith(theirs + " ")) {
            return false;
        }
        String rest = mine.substring(theirs.length() + 1);
        return rest.split(" ").length <= 3;
    }

    double artist(ArtistCredit mine, List<String> myGuests, ArtistCredit theirs) {
        double s = similarity.compact(mine.main(), theirs.main());
        if (s < 1 && (mine.names().size() > 1 || theirs.names().size() > 1)) {
            for (String a : mine.names()) {
                for (String b : theirs.names()) {
                    s = Math.max(s, PARTIAL_CREDIT * similarity.compact(a, b));
                }
            }
        }
        if (s < GUEST_CREDIT) {
            for (String guest : myGuests) {
                s = Math.max(s, GUEST_CREDIT * similarity.compact(guest, theirs.main()));
            }
            for (String guest : theirs.featured()) {
                s = Math.max(s, GUEST_CREDIT * similarity.compact(mine.main(), guest));
            }
        }
        if (s < 1 && shareGuest(myGuests, theirs.featured())) {
            s = Math.min(1, s + 0.05);
        }
        return s;
    }

    private boolean shareGuest(List<String> mine, List<String> theirs) {
        for (String a : mine) {
            for (String b : theirs) {
                if (similarity.compact(a, b) >= 0.9) {
                    return true;
                }
            }
        }
        return false;
    }
}
