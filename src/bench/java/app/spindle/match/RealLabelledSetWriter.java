package app.spindle.match;

import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsLabelCredit;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsTrack;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes {@code src/test/resources/match/real-labelled-set.json} from real releases only (see
 * {@link RealRecords}), deterministically: run with {@code src/bench/run.sh app.spindle.match.RealLabelledSetWriter} and commit the file.
 * Which releases are owned, wanted or withheld is drawn here; every vinyl record the fake serves gives a
 * case, every CD or digital release of a record also on vinyl gives one, every withheld release gives
 * tracks that must come back "not found". A right record is the expected vinyl, another vinyl holding the
 * same track by the same artist, or any release of the expected one's master holding it. The tags are written the way stores and taggers write them
 * ({@link WildNoise}). Halves are drawn per record, so no record is in both.
 */
class RealLabelledSetWriter {
    public static void main(String[] args) throws Exception {
        new RealLabelledSetWriter().write_the_real_labelled_set();
    }

    private static final long SEED = 18;

    private final WildNoise noise = new WildNoise(new Random(SEED));
    private final List<RealCase> cases = new ArrayList<>();
    private Map<Long, DiscogsRelease> served;
    private final Map<String, Set<Long>> vinylWithTrack = new HashMap<>();
    void write_the_real_labelled_set() throws IOException {
        Map<Long, DiscogsRelease> all = RealRecords.load().releases();
        Set<Long> captured = new HashSet<>(List.copyOf(all.keySet()).subList(0, 11));
        Map<String, Integer> titles = new HashMap<>();
        Map<Long, Integer> versions = new HashMap<>();
        all.values().forEach(r -> {
            tracks(r).forEach(t -> titles.merge(key(t.title()), 1, Integer::sum));
            if (r.masterId() != null) {
                versions.merge(r.masterId(), 1, Integer::sum);
            }
        });
        Random draw = new Random(SEED);
        Set<Long> withheld = new TreeSet<>();
        Set<Long> owned = new TreeSet<>();
        Set<Long> wanted = new TreeSet<>();
        for (DiscogsRelease r : all.values()) {
            boolean alone = (r.masterId() == null || versions.get(r.masterId()) == 1) && !tracks(r).isEmpty()
                    && tracks(r).stream().allMatch(t -> titles.get(key(t.title())) == 1);
            boolean vinyl = LabelledSetWriter.vinyl(r);
            double roll = draw.nextDouble();
            if (!captured.contains(r.id()) && alone && roll < 0.12) {
                withheld.add(r.id());
            } else if (roll < (vinyl ? 0.45 : 0.25)) {
                owned.add(r.id());
            } else if (vinyl && roll < 0.55) {
                wanted.add(r.id());
            }
        }
        served = new HashMap<>(all);
        served.keySet().removeAll(withheld);
        served.values().stream().filter(LabelledSetWriter::vinyl).forEach(r -> tracks(r)
                .forEach(t -> vinylWithTrack.computeIfAbsent(key(t.title()), k -> new TreeSet<>()).add(r.id())));

        for (DiscogsRelease r : served.values()) {
            if (LabelledSetWriter.vinyl(r)) {
                String kind = owned.contains(r.id()) ? "owned vinyl" : wanted.contains(r.id()) ? "wanted vinyl"
                        : "vinyl only on Discogs";
                add(kind, r, r, pickTrack(r), owned.contains(r.id()) || wanted.contains(r.id()));
            }
        }
        for (DiscogsRelease source : served.values()) {
            if (LabelledSetWriter.vinyl(source) || source.masterId() == null) {
                continue;
            }
            // a CD or download of a record that is also on vinyl: the file's album, year and label are its own
            for (DiscogsTrack t : tracks(source)) {
                DiscogsRelease vinyl = served.values().stream().filter(v -> LabelledSetWriter.vinyl(v)
                        && source.masterId().equals(v.masterId()) && holds(v, t)).findFirst().orElse(null);
                if (vinyl != null && noise.chance(0.5)) {
                    add("CD or digital release of a record on vinyl", vinyl, source, t,
                            owned.contains(vinyl.id()) || wanted.contains(vinyl.id()));
                }
            }
        }
        for (long id : withheld) {
            DiscogsRelease r = all.get(id);
            for (int i = 0; i < (tracks(r).size() > 3 ? 2 : 1); i++) {
                add("on no record", null, r, pickTrack(r), false);
            }
        }
        Path out = Path.of("src/test/resources/match/real-labelled-set.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.toFile(), new RealLabelledSet(owned, wanted, withheld, cases));
        System.out.println("wrote " + cases.size() + " cases to " + out.toAbsolutePath() + " (owned " + owned.size()
                + ", wanted " + wanted.size() + ", withheld " + withheld.size() + ")");
    }

    /** A case for track {@code t} of {@code source}, labelled with {@code expected} (null: on no record). */
    private void add(String kind, DiscogsRelease expected, DiscogsRelease source, DiscogsTrack t, boolean inMirror) {
        if (t == null) {
            return;
        }
        List<DiscogsArtistCredit> credits = t.artists().isEmpty() ? source.artists() : t.artists();
        if (credits.isEmpty() || credits.get(0).name().equalsIgnoreCase("Various")) {
            return;
        }
        List<String> applied = new ArrayList<>();
        String artist = artist(credits, applied);
        String title = t.title();
        String guest = t.extraartists().stream().filter(c -> c.role() != null && c.role().startsWith("Featuring"))
                .map(c -> WildNoise.storeName(c.name())).findFirst().orElse(null);
        if (guest != null && noise.chance(0.6)) {
            if (noise.chance(0.5)) {
                artist += noise.chance(0.5) ? " feat. " : " ft. ";
                artist += guest;
                applied.add("featured artist in the artist tag");
            } else {
                title += " (feat. " + guest + ")";
                applied.add("featured artist in the title");
            }
        }
        if (!title.contains("(") && noise.chance(0.3)) {
            title += noise.storeMix();
            applied.add("store mix name");
        } else if (noise.chance(0.12)) {
            title += noise.remaster();
            applied.add("remaster suffix");
        }
        if ((WildNoise.hasDiacritics(artist) || WildNoise.hasDiacritics(title)) && noise.chance(0.5)) {
            artist = WildNoise.stripDiacritics(artist);
            title = WildNoise.stripDiacritics(title);
            applied.add("diacritics stripped");
        }
        if (noise.chance(0.1)) {
            title = artist + " - " + title;
            applied.add("'Artist - Title' in the title tag");
            if (noise.chance(0.5)) {
                artist = null;
                applied.add("no artist tag");
            }
        } else if (noise.chance(0.08)) {
            title = noise.trackNumber(title, tracks(source).indexOf(t) + 1);
            applied.add("track number in the title");
        } else if (LabelledSetWriter.vinyl(source) && t.position() != null && !t.position().isBlank() && noise.chance(0.1)) {
            title = noise.vinylPosition(title, t.position());
            applied.add("vinyl position in the title");
        }
        if (noise.chance(0.08)) {
            artist = artist == null ? null : artist.toUpperCase(java.util.Locale.ROOT);
            title = title.toUpperCase(java.util.Locale.ROOT);
            applied.add("ALL CAPS");
        }
        String album = null;
        if (noise.chance(0.6)) {
            album = source.title();
            if (noise.chance(0.15)) {
                album += noise.albumSuffix();
                applied.add("album suffix");
            }
        } else {
            applied.add("no album");
        }
        Integer year = null;
        if (source.year() > 0 && noise.chance(0.4)) {
            year = source.year();
        } else if (source.year() > 0 && noise.chance(0.3)) {
            year = noise.between(Math.max(source.year(), 2005), 2020);
            applied.add("digital release year");
        }
        String label = null;
        DiscogsLabelCredit firstLabel = source.labels().isEmpty() ? null : source.labels().get(0);
        if (firstLabel != null && noise.chance(0.3)) {
            label = WildNoise.storeName(firstLabel.name());
            applied.add("label tag");
        }
        String catno = null;
        if (firstLabel != null && firstLabel.catno() != null && !firstLabel.catno().equalsIgnoreCase("none")
                && noise.chance(0.06)) {
            catno = firstLabel.catno();
            applied.add("catalog number from a Discogs tagger");
        }
        List<Long> equivalents = new ArrayList<>();
        String position = null;
        if (expected != null) {
            String artistKey = artistKey(credits);
            for (long other : vinylWithTrack.getOrDefault(key(t.title()), Set.of())) {
                DiscogsRelease r = served.get(other);
                if (other != expected.id() && tracks(r).stream().anyMatch(x -> key(x.title()).equals(key(t.title()))
                        && artistKey.equals(artistKey(x.artists().isEmpty() ? r.artists() : x.artists())))) {
                    equivalents.add(other);
                }
            }
            // a CD or download of the same master is the same record (the page then offers its vinyl pressings)
            served.values().stream().filter(r -> r.id() != expected.id() && !equivalents.contains(r.id())
                    && r.masterId() != null && r.masterId().equals(expected.masterId()) && holds(r, t))
                    .forEach(r -> equivalents.add(r.id()));
            equivalents.sort(null);
            position = tracks(expected).stream().filter(x -> key(x.title()).equals(key(t.title()))).findFirst()
                    .map(DiscogsTrack::position).orElse(null);
        }
        long record = expected != null && expected.masterId() != null ? expected.masterId()
                : source.masterId() != null ? source.masterId() : source.id();
        String half = Long.hashCode(record * 0x9E3779B97F4A7C15L) % 2 == 0 ? RealCase.TUNE : RealCase.REPORT;
        cases.add(new RealCase(cases.size() + 1, half, kind, artist, title, album, year, label, catno,
                expected == null ? null : expected.id(), equivalents, position, inMirror, applied));
    }

    private String artist(List<DiscogsArtistCredit> credits, List<String> applied) {
        List<String> names = new ArrayList<>();
        for (DiscogsArtistCredit c : credits) {
            boolean variation = c.anv() != null && !c.anv().isBlank() && noise.chance(0.5);
            names.add(WildNoise.storeName(variation ? c.anv() : c.name()));
        }
        StringBuilder artist = new StringBuilder(names.get(0));
        if (names.size() > 1 && noise.chance(0.7)) {
            boolean discogsJoin = noise.chance(0.5);
            for (int i = 1; i < names.size(); i++) {
                String join = credits.get(i - 1).join();
                artist.append(discogsJoin && join != null && !join.isBlank()
                        ? (join.strip().equals(",") ? ", " : " " + join.strip() + " ") : noise.join()).append(names.get(i));
            }
            applied.add(discogsJoin ? "artists joined as on the record" : "artists joined by a tagger");
        } else if (names.size() > 1) {
            applied.add("first artist only");
        }
        String text = artist.toString();
        if (text.startsWith("The ") && noise.chance(0.4)) {
            text = WildNoise.theMoved(text);
            applied.add("'Artist, The'");
        }
        return text;
    }

    private DiscogsTrack pickTrack(DiscogsRelease r) {
        List<DiscogsTrack> usable = tracks(r).stream().filter(t -> key(t.title()).length() > 1
                && !key(t.title()).equals("untitled")).toList();
        return usable.isEmpty() ? null : noise.pick(usable);
    }

    private static boolean holds(DiscogsRelease r, DiscogsTrack t) {
        return tracks(r).stream().anyMatch(x -> key(x.title()).equals(key(t.title())));
    }

    private static List<DiscogsTrack> tracks(DiscogsRelease r) {
        return LabelledSetWriter.tracks(r);
    }

    private static String key(String title) {
        return TextNormalizer.fold(title);
    }

    private static String artistKey(List<DiscogsArtistCredit> credits) {
        return credits.isEmpty() ? "" : TextNormalizer.fold(WildNoise.storeName(credits.get(0).name()));
    }
}
