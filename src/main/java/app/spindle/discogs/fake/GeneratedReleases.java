package app.spindle.discogs.fake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Draws the details of generated works and releases on request, from the seed and the index alone. */
final class GeneratedReleases {
    static final String IMAGE_BASE = "https://api.discogs.com/images/";

    private final GeneratedCatalogue catalogue;

    GeneratedReleases(GeneratedCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    GeneratedCatalogue catalogue() {
        return catalogue;
    }

    GeneratedWork work(int j) {
        return work(j, true);
    }

    /** A work without its songs, which listings, sorting and search results do not need. */
    GeneratedWork summary(int j) {
        return work(j, false);
    }

    private GeneratedWork work(int j, boolean withTracks) {
        Dice dice = Dice.of(catalogue.seed, GeneratedCatalogue.KIND_WORK_DETAILS, j);
        int kind = catalogue.workKind[j];
        String title = workTitle(dice);
        List<ReleaseFacts.Credit> artists = credits(j, dice);
        String genre = catalogue.genre(j);
        List<String> pool = Vocabulary.STYLES.get(genre);
        Set<String> styles = new LinkedHashSet<>();
        int styleCount = dice.between(1, 3);
        while (styles.size() < styleCount) {
            styles.add(dice.pick(pool));
        }
        if (!withTracks) {
            return new GeneratedWork(j, catalogue.masterId(j), kind, title, artists, genre, List.copyOf(styles),
                    List.of(), new int[0], -1, "");
        }
        dice = Dice.of(catalogue.seed, GeneratedCatalogue.KIND_TRACKS, j);
        int tracks = switch (kind) {
            case GeneratedCatalogue.SINGLE -> dice.between(2, 3);
            case GeneratedCatalogue.EP -> dice.between(4, 6);
            case GeneratedCatalogue.ALBUM -> dice.between(8, 13);
            default -> dice.between(16, 24);
        };
        List<String> trackTitles = new ArrayList<>(tracks);
        int[] seconds = new int[tracks];
        for (int t = 0; t < tracks; t++) {
            trackTitles.add(t == 0 && kind == GeneratedCatalogue.SINGLE ? title : trackTitle(dice));
            seconds[t] = dice.between(95, 420);
        }
        if (kind == GeneratedCatalogue.SINGLE && dice.chance(0.5)) {
            trackTitles.set(1, title + " (" + dice.pick(new String[] {"Instrumental", "Dub", "Extended Mix", "Radio Edit"}) + ")");
        }
        int indexAt = kind == GeneratedCatalogue.ALBUM && dice.chance(0.12) ? tracks - 2 : -1;
        String suite = "Suite For The " + dice.pick(Vocabulary.ADJECTIVES) + " " + dice.pick(Vocabulary.NOUNS);
        return new GeneratedWork(j, catalogue.masterId(j), kind, title, artists, genre, List.copyOf(styles),
                trackTitles, seconds, indexAt, suite);
    }

    ReleaseFacts facts(int k) {
        GeneratedWork work = summary(catalogue.workOf[k]);
        return facts(k, work);
    }

    ReleaseFacts facts(int k, GeneratedWork work) {
        Dice dice = Dice.of(catalogue.seed, GeneratedCatalogue.KIND_RELEASE, k);
        long id = catalogue.releaseId(k);
        int label = catalogue.labelOf[k];
        int have = 2 + (int) (2500 * Math.pow(dice.unit(), 3));
        int want = 1 + (int) (1800 * Math.pow(dice.unit(), 3));
        return new ReleaseFacts(id, work.masterId(), work.title(), work.artists(), catalogue.yearOf[k],
                catalogue.country(k), formats(k, work, dice),
                List.of(new ReleaseFacts.LabelCredit(catalogue.labelId(label), catalogue.labelNames[label], catalogue.catno(k))),
                List.of(work.genre()), work.styles(), image(id, 1, true), image(id, 1, false), have, want);
    }

    static String image(long releaseId, int number, boolean thumb) {
        return IMAGE_BASE + "R-" + releaseId + "-" + number + (thumb ? "-150" : "") + ".jpeg";
    }

    /** Number of records in a box set (the second format's qty). */
    int boxRecords(int k) {
        return 3 + (int) (catalogue.releaseId(k) % 2);
    }

    private List<ReleaseFacts.Format> formats(int k, GeneratedWork work, Dice dice) {
        FormatKind kind = catalogue.format(k);
        boolean reissue = k != catalogue.workStart[work.index()];
        List<String> extras = new ArrayList<>();
        if (reissue) {
            extras.add(dice.chance(0.7) ? "Reissue" : "Repress");
            if (dice.chance(0.3)) {
                extras.add("Remastered");
            }
        }
        if (dice.chance(0.1)) {
            extras.add("Limited Edition");
        }
        if (catalogue.yearOf[k] < 1970 && kind.isVinyl() && dice.chance(0.5)) {
            extras.add(dice.chance(0.5) ? "Mono" : "Stereo");
        }
        String text = kind.isVinyl() && dice.chance(0.15)
                ? dice.pick(new String[] {"180g", "Red Translucent", "Clear", "Marbled", "Blue"}) : null;
        String type = switch (work.kind()) {
            case GeneratedCatalogue.SINGLE -> "Single";
            case GeneratedCatalogue.EP -> "EP";
            case GeneratedCatalogue.ALBUM -> "Album";
            default -> "Compilation";
        };
        return switch (kind) {
            case SEVEN_INCH -> List.of(format("Vinyl", "1", text, "7\"", "45 RPM", type, extras));
            case TEN_INCH -> List.of(format("Vinyl", "1", text, "10\"", catalogue.yearOf[k] < 1962 ? "78 RPM" : "33 ⅓ RPM", type, extras));
            case TWELVE_INCH -> List.of(format("Vinyl", "1", text, "12\"", "45 RPM", type.equals("Single") ? "Maxi-Single" : type, extras));
            case LP -> List.of(format("Vinyl", "1", text, "LP", type, null, extras));
            case DOUBLE_LP_GATEFOLD -> List.of(format("Vinyl", "2", "Gatefold", "LP", type, null, extras));
            case BOX_SET -> List.of(
                    new ReleaseFacts.Format("Box Set", "1", List.of("Compilation", "Limited Edition"), null),
                    format("Vinyl", String.valueOf(boxRecords(k)), text, "LP", type.equals("Compilation") ? "Album" : type, null, extras));
            case CD -> List.of(format("CD", work.trackTitles().size() > 18 ? "2" : "1", null, type, null, null, extras));
        };
    }

    private static ReleaseFacts.Format format(String name, String qty, String text, String first, String second,
                                              String third, List<String> extras) {
        List<String> descriptions = new ArrayList<>();
        descriptions.add(first);
        if (second != null) {
            descriptions.add(second);
        }
        if (third != null) {
            descriptions.add(third);
        }
        descriptions.addAll(extras);
        return new ReleaseFacts.Format(name, qty, List.copyOf(descriptions), text);
    }

    private List<ReleaseFacts.Credit> credits(int j, Dice dice) {
        int main = catalogue.artistOf[j];
        String name = catalogue.artistNames[main];
        String anv = dice.chance(0.05) && name.startsWith("The ") ? name.substring(4) : "";
        if (!dice.chance(0.15)) {
            return List.of(new ReleaseFacts.Credit(catalogue.artistId(main), name, anv, ""));
        }
        int other = (main + 1 + dice.below(catalogue.artistNames.length - 1)) % catalogue.artistNames.length;
        String join = dice.pick(Vocabulary.JOINS);
        return List.of(new ReleaseFacts.Credit(catalogue.artistId(main), name, anv, join),
                new ReleaseFacts.Credit(catalogue.artistId(other), catalogue.artistNames[other], "", ""));
    }

    private static String workTitle(Dice dice) {
        double u = dice.unit();
        if (u < 0.35) {
            return dice.pick(Vocabulary.ADJECTIVES) + " " + dice.pick(Vocabulary.NOUNS);
        }
        if (u < 0.55) {
            return dice.pick(Vocabulary.TITLE_WORDS) + " " + dice.pick(Vocabulary.CONNECTORS) + " The " + dice.pick(Vocabulary.NOUNS);
        }
        if (u < 0.70) {
            return dice.pick(Vocabulary.NOUNS) + " " + dice.pick(Vocabulary.TITLE_WORDS);
        }
        if (u < 0.80) {
            return "Songs " + dice.pick(Vocabulary.CONNECTORS) + " " + dice.pick(Vocabulary.ADJECTIVES) + " " + dice.pick(Vocabulary.TITLE_WORDS);
        }
        if (u < 0.90) {
            return dice.pick(Vocabulary.NOUNS) + " " + dice.between(2, 99);
        }
        return dice.pick(Vocabulary.TITLE_WORDS);
    }

    private static String trackTitle(Dice dice) {
        double u = dice.unit();
        if (u < 0.3) {
            return dice.pick(Vocabulary.ADJECTIVES) + " " + dice.pick(Vocabulary.TITLE_WORDS);
        }
        if (u < 0.55) {
            return dice.pick(Vocabulary.TITLE_WORDS) + " " + dice.pick(Vocabulary.CONNECTORS) + " " + dice.pick(Vocabulary.NOUNS);
        }
        if (u < 0.75) {
            return "The " + dice.pick(Vocabulary.NOUNS) + " " + dice.pick(Vocabulary.TITLE_WORDS);
        }
        if (u < 0.9) {
            return dice.pick(Vocabulary.NOUNS);
        }
        return dice.pick(Vocabulary.TITLE_WORDS) + " (Part " + dice.between(1, 3) + ")";
    }
}
