package app.spindle.match;

import app.spindle.RealReleases;
import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsIdentifier;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsTrack;
import app.spindle.testing.Folders;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates {@code src/test/resources/match/labelled-set.json} from a FakeDiscogs catalogue (which includes
 * the real captured releases), deterministically: run with {@code src/bench/run.sh app.spindle.match.LabelledSetWriter} after the fake's
 * generator changes, and commit the file. Cases: tracks of owned, wanted and Discogs-only releases with
 * realistic noise, a few of each real release, and tracks on no release at all.
 */
class LabelledSetWriter {
    public static void main(String[] args) throws Exception {
        new LabelledSetWriter().write_the_labelled_set(Folders.temporary("spindle-bench"));
    }

    static final long SEED = 42;
    static final int COLLECTION = 300;
    static final int WANTLIST = 60;
    private static final String[] NOWHERE_ARTISTS = {"Zorbulax Quintet", "Mnemosyne Vark", "Dj Quokkafield",
            "Ultraviolet Yeti", "Kip Thrandleworth", "Oblong Sassafras"};
    private static final String[] NOWHERE_TITLES = {"Kumquat Overdrive", "Plinth Of Mauve", "Zeppelin Marmalade",
            "Whirligig Sonata", "Bramble Gyroscope", "Quasar Pudding"};

    private final TrackNoise noise = new TrackNoise(new Random(2024));
    private final List<LabelledCase> cases = new ArrayList<>();
    void write_the_labelled_set(Path dir) throws IOException {
        try (SyncedFake synced = new SyncedFake(dir, SEED, COLLECTION, WANTLIST)) {
            Map<Long, DiscogsRelease> releases = new HashMap<>();
            for (long id : synced.fake.releaseIds()) {
                releases.put(id, synced.client.release(id));
            }
            Set<Long> owned = synced.fake.account().collectionReleaseIds();
            Set<Long> wanted = synced.fake.account().wantReleaseIds();
            Map<Long, List<DiscogsRelease>> byMaster = new HashMap<>();
            releases.values().stream().filter(r -> r.masterId() != null)
                    .forEach(r -> byMaster.computeIfAbsent(r.masterId(), m -> new ArrayList<>()).add(r));
            // the user looks for vinyl: generated targets are vinyl pressings (the real releases include CDs)
            List<DiscogsRelease> ownedPool = sorted(releases, id -> owned.contains(id));
            List<DiscogsRelease> wantedPool = sorted(releases, id -> wanted.contains(id) && !owned.contains(id));
            List<DiscogsRelease> discogsPool = sorted(releases, id -> !owned.contains(id) && !wanted.contains(id));
            for (long id : RealReleases.IDS) {
                for (int i = 0; i < 2; i++) {
                    add(releases.get(id), owned.contains(id) || wanted.contains(id), byMaster);
                }
            }
            for (int i = 0; i < 90; i++) {
                add(noise.pick(ownedPool), true, byMaster);
            }
            for (int i = 0; i < 25; i++) {
                add(noise.pick(wantedPool), true, byMaster);
            }
            for (int i = 0; i < 110; i++) {
                add(noise.pick(discogsPool), false, byMaster);
            }
            for (int i = 0; i < 12; i++) {
                cases.add(new LabelledCase(cases.size() + 1, noise.pick(NOWHERE_ARTISTS), noise.pick(NOWHERE_TITLES),
                        noise.chance(0.5) ? noise.pick(NOWHERE_TITLES) : null, noise.chance(0.5) ? noise.between(1970, 2020) : null,
                        null, null, null, List.of(), null, false, List.of("on no release")));
            }
        }
        Path out = Path.of("src/test/resources/match/labelled-set.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.toFile(), new LabelledSet(SEED, COLLECTION, WANTLIST, cases));
        System.out.println("wrote " + cases.size() + " cases to " + out.toAbsolutePath());
    }

    private static List<DiscogsRelease> sorted(Map<Long, DiscogsRelease> releases, java.util.function.LongPredicate keep) {
        return releases.values().stream().filter(r -> keep.test(r.id()) && vinyl(r) && !tracks(r).isEmpty())
                .sorted(java.util.Comparator.comparingLong(DiscogsRelease::id)).toList();
    }

    private void add(DiscogsRelease release, boolean inMirror, Map<Long, List<DiscogsRelease>> byMaster) {
        List<DiscogsTrack> tracks = tracks(release);
        DiscogsTrack track = noise.pick(tracks);
        List<String> applied = new ArrayList<>();
        String artist = artist(track.artists().isEmpty() ? release.artists() : track.artists(), applied);
        String title = title(track.title(), applied);
        String album = null;
        if (noise.chance(0.55)) {
            album = release.title();
            if (noise.chance(0.2)) {
                album += noise.albumSuffix();
                applied.add("album edition suffix");
            }
        } else {
            applied.add("no album");
        }
        Integer year = null;
        if (release.year() > 0 && noise.chance(0.35)) {
            year = release.year();
        } else if (release.year() > 0 && noise.chance(0.35)) {
            year = noise.chance(0.5) ? release.year() + noise.between(-1, 1) : noise.between(1995, 2023);
            applied.add("wrong year");
        }
        String catno = null;
        String firstCatno = release.labels().isEmpty() ? null : release.labels().get(0).catno();
        if (firstCatno != null && !firstCatno.equalsIgnoreCase("none") && noise.chance(0.15)) {
            catno = noise.catno(firstCatno);
            applied.add("catalog number '" + catno + "'");
        }
        String barcode = null;
        if (catno == null && noise.chance(0.06)) {
            barcode = release.identifiers().stream().filter(i -> "Barcode".equalsIgnoreCase(i.type()))
                    .map(DiscogsIdentifier::value).findFirst().orElse(null);
            if (barcode != null) {
                applied.add("barcode");
            }
        }
        List<Long> equivalents = new ArrayList<>();
        if (catno == null && barcode == null && release.masterId() != null) {
            for (DiscogsRelease other : byMaster.getOrDefault(release.masterId(), List.of())) {
                if (other.id() != release.id() && vinyl(other) == vinyl(release)
                        && tracks(other).stream().anyMatch(t -> t.title().equals(track.title()))) {
                    equivalents.add(other.id());
                }
            }
        }
        equivalents.sort(null);
        cases.add(new LabelledCase(cases.size() + 1, artist, title, album, year, catno, barcode, release.id(), equivalents,
                track.position(), inMirror, applied));
    }

    private String artist(List<DiscogsArtistCredit> credits, List<String> applied) {
        String first = withoutNumber(credits.get(0).creditedName());
        String artist = first;
        if (credits.size() > 1 && noise.chance(0.4)) {
            String join = credits.get(0).join() == null || credits.get(0).join().isBlank() ? "&" : credits.get(0).join().strip();
            artist = first + (join.equals(",") ? ", " : " " + join + " ") + withoutNumber(credits.get(1).creditedName());
        }
        if (artist.startsWith("The ") && noise.chance(0.3)) {
            artist = artist.substring(4) + ", The";
            applied.add("'Artist, The'");
        }
        if (noise.chance(0.12)) {
            artist = artist + " feat. " + noise.guest();
            applied.add("featured artist");
        }
        if (noise.chance(0.08)) {
            String typed = noise.typo(artist);
            if (!typed.equals(artist)) {
                artist = typed;
                applied.add("typo in artist");
            }
        }
        if (noise.chance(0.1)) {
            artist = artist.toLowerCase();
            applied.add("lower case");
        }
        return artist;
    }

    private String title(String title, List<String> applied) {
        String t = title;
        if (noise.chance(0.3)) {
            t += noise.remaster();
            applied.add("remaster suffix");
        } else if (noise.chance(0.15)) {
            t += noise.version();
            applied.add("version suffix");
        }
        if (noise.chance(0.1)) {
            t += " (feat. " + noise.guest() + ")";
            applied.add("guest in title");
        }
        if (noise.chance(0.12)) {
            String typed = noise.typo(t);
            if (!typed.equals(t)) {
                t = typed;
                applied.add("typo in title");
            }
        }
        if (noise.chance(0.08)) {
            t = t.toUpperCase();
            applied.add("upper case");
        }
        return t;
    }

    private static String withoutNumber(String name) {
        return name.replaceAll("\\s+\\(\\d+\\)$", "").replaceAll("\\*$", "");
    }

    /** The playable tracks: index tracks give their sub-tracks, headings nothing. */
    static List<DiscogsTrack> tracks(DiscogsRelease release) {
        List<DiscogsTrack> out = new ArrayList<>();
        for (DiscogsTrack t : release.tracklist()) {
            if ("index".equals(t.type())) {
                out.addAll(t.subTracks().stream().filter(s -> s.title() != null && !s.title().isBlank()).toList());
            } else if (!t.isHeading() && t.title() != null && !t.title().isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean vinyl(DiscogsRelease release) {
        return release.formats().stream().anyMatch(f -> "Vinyl".equalsIgnoreCase(f.name()));
    }
}
