package app.spindle.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings names and titles to the form they are compared in. {@link #fold} is the base: lower case,
 * no diacritics (NFKD, so "³" and ligatures fold too), ø→o ß→ss æ→ae œ→oe ł→l đ/ð→d þ→th,
 * "&" and "+" as "and", apostrophes and dots dropped ("Don't" = "Dont", "R.E.M." = "REM"),
 * other punctuation as spaces. {@link #artist} and {@link #title} also take credits and suffixes apart.
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DROPPED_CHARS = Pattern.compile("['’‘`´.]");
    private static final Pattern DISCOGS_NUMBER = Pattern.compile("\\s\\(\\d+\\)(?=\\s|$|[,&/])");
    private static final Pattern ANV_STAR = Pattern.compile("\\*(?=\\s|$|[,&/])");
    private static final Pattern THE_SUFFIX = Pattern.compile("(?i)^(.+),\\s*the$");
    private static final Pattern FEATURING = Pattern.compile(
            "(?i)\\s*[(\\[]?\\s*(?<![\\w])(?:feat\\.?|ft\\.?|featuring|with)\\s+");
    private static final Pattern TITLE_FEATURING = Pattern.compile(
            "(?i)\\s+[(\\[]?(?:feat\\.?|ft\\.?|featuring)\\s+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile(
            "(?i)\\s*(?:,|&|\\+|/|\\s(?:and|vs\\.?|versus|meets|x)\\s)\\s*");
    private static final Pattern BRACKETED = Pattern.compile("\\s*(?:\\(([^()]*)\\)|\\[([^\\[\\]]*)])");
    private static final Pattern DASH_SUFFIX = Pattern.compile("\\s+[-–—]\\s+(?!.*\\s[-–—]\\s)(.+)$");
    private static final Pattern GUEST = Pattern.compile("(?i)^(?:feat\\.?|ft\\.?|featuring|with)\\s+(.+)$");
    private static final Pattern VARIOUS = Pattern.compile("various|various artists|va|v a");

    /** Suffixes that do not change which record it is: dropped before comparing. */
    private static final Pattern VERSION_TAG = Pattern.compile(String.join("|",
            ".*remaster.*",
            "original(?: (?:mix|version))?",
            "(?:radio|single|album|lp|7|7 inch|12|12 inch|extended|short|long)(?: (?:edit|version|mix))?",
            "(?:mono|stereo)(?: (?:version|mix))?",
            ".*\\blive\\b.*",
            "(?:explicit|clean|censored|dirty)(?: version)?",
            "bonus(?: track)?(?: version)?",
            "(?:super )?deluxe|expanded",
            ".*\\b(?:deluxe|expanded|special|anniversary|collectors|limited)\\b.*\\b(?:edition|version)",
            "edit",
            "from .*|.*soundtrack.*",
            "\\d{4}(?: (?:version|mix|edit|remaster|remastered))?"));

    /** What makes a version a different recording: kept as the mix name. */
    private static final Pattern MIX_WORD = Pattern.compile(
            ".*\\b(?:remix|mix|rmx|dub|rework|re edit|reedit|edit|version|instrumental|acapella|a cappella"
                    + "|vip|bootleg|refix|vocal|reprise|acoustic|demo|beats|remixes)\\b.*");

    private TextNormalizer() {
    }

    /** The comparable form of any text; null becomes "". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("&", " and ").replace("+", " and ");
        s = DROPPED_CHARS.matcher(s).replaceAll("");
        return NOT_ALNUM.matcher(s).replaceAll(" ").strip();
    }

    /** An artist credit, from a file or from Discogs ("Prince (2)", "Sun Ra*", "Beatles, The", "A feat. B"). */
    public static ArtistCredit artist(String credit) {
        if (credit == null || credit.isBlank()) {
            return ArtistCredit.NONE;
        }
        String s = DISCOGS_NUMBER.matcher(credit.strip()).replaceAll("");
        s = ANV_STAR.matcher(s).replaceAll("").strip();
        String main = s;
        List<String> featured = new ArrayList<>();
        Matcher feat = FEATURING.matcher(s);
        if (feat.find() && feat.start() > 0) {
            main = s.substring(0, feat.start());
            featured.addAll(names(s.substring(feat.end()).replaceAll("[)\\]]", " ")));
        }
        Matcher theSuffix = THE_SUFFIX.matcher(main.strip());
        if (theSuffix.matches()) {
            main = "The " + theSuffix.group(1);
        }
        String folded = withoutThe(fold(main));
        boolean various = VARIOUS.matcher(folded).matches();
        return new ArtistCredit(folded, names(main), featured, various);
    }

    /** A track title: version suffixes dropped, a remix kept as the mix name, guests taken out. */
    public static TitleParts title(String title) {
        if (title == null || title.isBlank()) {
            return TitleParts.NONE;
        }
        SplitTitle split = split(title);
        String mix = split.mixes().isEmpty() ? null : fold(String.join(" ", split.mixes()));
        return new TitleParts(fold(split.kept()), mix, split.featured(), split.dropped());
    }

    /** The title as written but without suffixes and guests: what a search sends ("Here Comes the Sun"). */
    public static String searchTitle(String title) {
        return title == null ? "" : split(title).kept();
    }

    /** The main credit as written, for a search: no guests, no "(2)", no "*", only the first of a comma list. */
    public static String searchArtist(String credit) {
        if (credit == null || credit.isBlank()) {
            return "";
        }
        String s = DISCOGS_NUMBER.matcher(credit.strip()).replaceAll("");
        s = ANV_STAR.matcher(s).replaceAll("").strip();
        Matcher feat = FEATURING.matcher(s);
        if (feat.find() && feat.start() > 0) {
            s = s.substring(0, feat.start());
        }
        Matcher theSuffix = THE_SUFFIX.matcher(s.strip());
        if (theSuffix.matches()) {
            s = "The " + theSuffix.group(1);
        }
        // playlist exports join several artists with commas: the first is the main one
        int comma = s.indexOf(',');
        return (comma > 0 ? s.substring(0, comma) : s).strip();
    }

    private record SplitTitle(String kept, List<String> featured, List<String> dropped, List<String> mixes) {
    }

    private static SplitTitle split(String title) {
        String s = title.strip();
        List<String> featured = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> mixes = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        Matcher bracket = BRACKETED.matcher(s);
        int last = 0;
        while (bracket.find()) {
            String content = bracket.group(1) != null ? bracket.group(1) : bracket.group(2);
            kept.append(s, last, sortSuffix(content, featured, dropped, mixes) ? bracket.start() : bracket.end());
            last = bracket.end();
        }
        kept.append(s.substring(last));
        s = kept.toString().strip();
        Matcher dash = DASH_SUFFIX.matcher(s);
        while (dash.find() && sortSuffix(dash.group(1), featured, dropped, mixes)) {
            s = s.substring(0, dash.start()).strip();
            dash = DASH_SUFFIX.matcher(s);
        }
        Matcher inlineGuest = TITLE_FEATURING.matcher(s);
        if (inlineGuest.find()) {
            featured.addAll(names(s.substring(inlineGuest.end())));
            s = s.substring(0, inlineGuest.start());
        }
        return new SplitTitle(s.strip(), featured, dropped, mixes);
    }

    /** An album or release title: edition and remaster suffixes dropped, everything else kept. */
    public static String album(String album) {
        return title(album).withMix();
    }

    /** A label name: Discogs' "(2)" suffix dropped. */
    public static String label(String label) {
        if (label == null) {
            return "";
        }
        return fold(DISCOGS_NUMBER.matcher(label.strip()).replaceAll(""));
    }

    /** Files it as a guest, a dropped version tag or a mix name; false when it is part of the title. */
    private static boolean sortSuffix(String raw, List<String> featured, List<String> dropped, List<String> mixes) {
        String content = raw.strip();
        Matcher guest = GUEST.matcher(content);
        if (guest.matches()) {
            featured.addAll(names(guest.group(1)));
            return true;
        }
        String folded = fold(content);
        if (folded.isEmpty()) {
            return false;
        }
        if (VERSION_TAG.matcher(folded).matches()) {
            dropped.add(content);
            return true;
        }
        if (MIX_WORD.matcher(folded).matches()) {
            mixes.add(content);
            return true;
        }
        return false;
    }

    private static List<String> names(String credit) {
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATORS.split(credit)) {
            String name = withoutThe(fold(part));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String withoutThe(String folded) {
        return folded.startsWith("the ") && folded.length() > 4 ? folded.substring(4) : folded;
    }
}
