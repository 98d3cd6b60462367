package app.spindle.discogs.fake;

import java.util.Arrays;
import java.util.Map;

/**
 * The skeleton of the generated world, built once from the seed in compact arrays: which releases are
 * versions of which master ("work"), on which label with which catalog number, of which year, country
 * and format. Everything else about a release (titles, tracklist, identifiers…) is drawn on request from
 * the seed and the id by {@link GeneratedReleases}, so 100,000 releases cost a few megabytes.
 */
final class GeneratedCatalogue {
    static final long FIRST_RELEASE_ID = 40_000_000L;
    static final long FIRST_MASTER_ID = 30_000_000L;
    static final long FIRST_ARTIST_ID = 20_000_000L;
    static final long FIRST_LABEL_ID = 10_000_000L;
    static final int FIRST_YEAR = 1958;
    static final int LAST_YEAR = 2024;

    static final int SINGLE = 0;
    static final int EP = 1;
    static final int ALBUM = 2;
    static final int COMPILATION = 3;

    static final int KIND_WORK = 1;
    static final int KIND_RELEASE = 2;
    static final int KIND_ARTIST = 3;
    static final int KIND_LABEL = 4;
    static final int KIND_WORK_DETAILS = 5;
    static final int KIND_TRACKS = 9;

    final long seed;
    final int releaseCount;
    final int workCount;
    // per release
    final int[] workOf;
    final int[] labelOf;
    final int[] catnoNumber;
    final short[] yearOf;
    final byte[] formatOf;
    final byte[] countryOf;
    // per work (a master, or a release without one when it has no master)
    final int[] workStart;
    final byte[] workSize;
    final byte[] workKind;
    final byte[] genreOf;
    final int[] artistOf;
    final boolean[] hasMaster;
    // pools
    final String[] artistNames;
    final String[] labelNames;
    final String[] labelPrefixes;
    final byte[] catnoStyle;
    final int[] catnoBase;
    final int[][] labelReleases;
    final Map<String, Integer> labelByPrefix;

    private GeneratedCatalogue(long seed, int releaseCount) {
        this.seed = seed;
        this.releaseCount = releaseCount;
        workOf = new int[releaseCount];
        labelOf = new int[releaseCount];
        catnoNumber = new int[releaseCount];
        yearOf = new short[releaseCount];
        formatOf = new byte[releaseCount];
        countryOf = new byte[releaseCount];
        Dice dice = Dice.of(seed, 0, 0);
        artistNames = new ArtistNames(seed).generate(Math.max(8, releaseCount / 12));
        int labels = Math.max(6, releaseCount / 40);
        LabelNames names = new LabelNames(seed, labels);
        labelNames = names.names;
        labelPrefixes = names.prefixes;
        catnoStyle = names.catnoStyle;
        catnoBase = names.catnoBase;
        labelByPrefix = names.byPrefix;

        int[] starts = new int[releaseCount];
        byte[] sizes = new byte[releaseCount];
        int works = 0;
        for (int k = 0; k < releaseCount; works++) {
            int size = Math.min(versionsOfNextWork(dice), releaseCount - k);
            starts[works] = k;
            sizes[works] = (byte) size;
            for (int v = 0; v < size; v++) {
                workOf[k + v] = works;
            }
            k += size;
        }
        workCount = works;
        workStart = Arrays.copyOf(starts, works);
        workSize = Arrays.copyOf(sizes, works);
        workKind = new byte[works];
        genreOf = new byte[works];
        artistOf = new int[works];
        hasMaster = new boolean[works];
        int[] labelCounts = new int[labels];
        for (int j = 0; j < works; j++) {
            shapeWork(j, labelCounts);
        }
        labelReleases = new int[labels][];
        for (int l = 0; l < labels; l++) {
            labelReleases[l] = new int[labelCounts[l]];
        }
        int[] filled = new int[labels];
        for (int k = 0; k < releaseCount; k++) {
            int label = labelOf[k];
            labelReleases[label][filled[label]] = k;
            catnoNumber[k] = catnoBase[label] + filled[label];
            filled[label]++;
        }
    }

    static GeneratedCatalogue build(long seed, int releaseCount) {
        return new GeneratedCatalogue(seed, releaseCount);
    }

    long releaseId(int k) {
        return FIRST_RELEASE_ID + k;
    }

    /** The catalogue position of a generated release id, or -1 when the id is not one of ours. */
    int indexOf(long releaseId) {
        long k = releaseId - FIRST_RELEASE_ID;
        return k >= 0 && k < releaseCount ? (int) k : -1;
    }

    long masterId(int work) {
        return hasMaster[work] ? FIRST_MASTER_ID + work : 0;
    }

    int workOfMaster(long masterId) {
        long j = masterId - FIRST_MASTER_ID;
        return j >= 0 && j < workCount && hasMaster[(int) j] ? (int) j : -1;
    }

    long artistId(int artist) {
        return FIRST_ARTIST_ID + artist;
    }

    int artistIndex(long artistId) {
        long a = artistId - FIRST_ARTIST_ID;
        return a >= 0 && a < artistNames.length ? (int) a : -1;
    }

    long labelId(int label) {
        return FIRST_LABEL_ID + label;
    }

    int labelIndex(long labelId) {
        long l = labelId - FIRST_LABEL_ID;
        return l >= 0 && l < labelNames.length ? (int) l : -1;
    }

    FormatKind format(int k) {
        return FormatKind.values()[formatOf[k]];
    }

    String country(int k) {
        return Vocabulary.COUNTRIES[countryOf[k]];
    }

    String genre(int work) {
        return Vocabulary.GENRES[genreOf[work]];
    }

    /** "ABC-123", "XL 1234" or "WARP12", in the label's own style. */
    String catno(int k) {
        int label = labelOf[k];
        String prefix = labelPrefixes[label];
        String cd = format(k) == FormatKind.CD ? "CD" : "";
        int number = catnoNumber[k];
        return switch (catnoStyle[label]) {
            case 0 -> prefix + cd + "-" + String.format("%03d", number);
            case 1 -> prefix + cd + " " + number;
            default -> prefix + cd + number;
        };
    }

    /** The release a catalog number names, in any spacing or case; -1 when none. */
    int releaseByCatno(String catno) {
        String normalized = catno.toUpperCase().replaceAll("[^A-Z0-9]", "");
        int digits = normalized.length();
        while (digits > 0 && Character.isDigit(normalized.charAt(digits - 1))) {
            digits--;
        }
        if (digits == 0 || digits == normalized.length() || normalized.length() - digits > 9) {
            return -1;
        }
        String prefix = normalized.substring(0, digits);
        int number = Integer.parseInt(normalized.substring(digits));
        Integer label = labelByPrefix.get(prefix);
        if (label == null && prefix.endsWith("CD")) {
            label = labelByPrefix.get(prefix.substring(0, prefix.length() - 2));
        }
        if (label == null) {
            return -1;
        }
        int position = number - catnoBase[label];
        int[] releases = labelReleases[label];
        return position >= 0 && position < releases.length ? releases[position] : -1;
    }

    /** The label whose catalog numbers start with these letters; -1 when none. */
    int labelByCatnoPrefix(String prefix) {
        Integer label = labelByPrefix.get(prefix.toUpperCase().replaceAll("[^A-Z]", ""));
        return label == null ? -1 : label;
    }

    /** EAN-13 of a generated release: "50", the release id in ten digits, a check digit; invertible. */
    String barcode(int k) {
        String digits = String.format("50%010d", releaseId(k));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    int releaseByBarcode(String barcode) {
        String digits = barcode.replaceAll("[^0-9]", "");
        if (digits.length() != 13 || !digits.startsWith("50")) {
            return -1;
        }
        int k = indexOf(Long.parseLong(digits.substring(2, 12)));
        return k >= 0 && barcode(k).equals(digits) ? k : -1;
    }

    private int versionsOfNextWork(Dice dice) {
        double u = dice.unit();
        if (u < 0.45) {
            return 1;
        }
        if (u < 0.70) {
            return 2;
        }
        if (u < 0.85) {
            return 3;
        }
        if (u < 0.95) {
            return 4;
        }
        return dice.between(5, 8);
    }

    private void shapeWork(int j, int[] labelCounts) {
        Dice dice = Dice.of(seed, KIND_WORK, j);
        double u = dice.unit();
        int kind = u < 0.25 ? SINGLE : u < 0.40 ? EP : u < 0.92 ? ALBUM : COMPILATION;
        workKind[j] = (byte) kind;
        genreOf[j] = (byte) dice.below(Vocabulary.GENRES.length);
        artistOf[j] = dice.chance(0.7) ? dice.below(artistNames.length) : dice.skewedBelow(artistNames.length);
        hasMaster[j] = workSize[j] > 1 || dice.chance(0.7);
        int firstYear = FIRST_YEAR + (int) ((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(dice.unit()));
        int homeLabel = dice.chance(0.6) ? dice.below(labelNames.length) : dice.skewedBelow(labelNames.length);
        int homeCountry = dice.below(Vocabulary.COUNTRIES.length);
        for (int v = 0; v < workSize[j]; v++) {
            int k = workStart[j] + v;
            int year = v == 0 ? firstYear : Math.min(LAST_YEAR, firstYear + dice.between(0, LAST_YEAR - firstYear));
            yearOf[k] = (short) Math.min(LAST_YEAR, year);
            int label = v == 0 || dice.chance(0.4) ? homeLabel : dice.skewedBelow(labelNames.length);
            labelOf[k] = label;
            labelCounts[label]++;
            countryOf[k] = (byte) (v == 0 || dice.chance(0.3) ? homeCountry : dice.below(Vocabulary.COUNTRIES.length));
            formatOf[k] = (byte) chooseFormat(kind, year, dice).ordinal();
        }
    }

    private static FormatKind chooseFormat(int kind, int year, Dice dice) {
        double u = dice.unit();
        boolean cdEra = year >= 1984;
        return switch (kind) {
            case SINGLE -> u < 0.6 ? FormatKind.SEVEN_INCH : u < 0.85 ? FormatKind.TWELVE_INCH
                    : u < 0.93 || !cdEra ? FormatKind.TEN_INCH : FormatKind.CD;
            case EP -> u < 0.5 ? FormatKind.TWELVE_INCH : u < 0.8 ? FormatKind.TEN_INCH
                    : u < 0.9 || !cdEra ? FormatKind.SEVEN_INCH : FormatKind.CD;
            case ALBUM -> u < 0.55 ? FormatKind.LP : u < 0.72 ? FormatKind.DOUBLE_LP_GATEFOLD
                    : u < 0.76 ? FormatKind.TEN_INCH : cdEra && u < 0.9 ? FormatKind.CD : FormatKind.LP;
            default -> u < 0.5 ? FormatKind.BOX_SET : u < 0.8 || !cdEra ? FormatKind.DOUBLE_LP_GATEFOLD : FormatKind.CD;
        };
    }
}
