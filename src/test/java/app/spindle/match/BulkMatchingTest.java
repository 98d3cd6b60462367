package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pure pipeline at collection scale: a generated Rekordbox XML of 5,000 tracks, read,
 * then matched against 5,000 releases through {@link CandidateIndex}. Prints the timings; asserts
 * only generous bounds (on CPU time, so a loaded 2-core machine passes) and that the right release wins.
 * Run with -Dbulk.misses to see every track whose intended release did not come first.
 */
class BulkMatchingTest {

    private static final String[] WORDS = ("midnight circuit velvet harbour neon river static bloom echo garden "
            + "silver motion paper tiger crystal signal hollow drift amber machine lunar fever golden shadow "
            + "electric dream orbit pulse winter avenue broken mirror desert rain future memory ocean radio "
            + "solar wave cobalt ritual atlas ember glass forest night engine copper sky phantom heart "
            + "tempest violet harbor spiral kinetic marble feather thunder").split(" ");
    private static final String[] NOISE = {"", "", " (Remastered 2011)", " - 2015 Remaster", " (Original Mix)",
            " - Radio Edit", " [Live]", " (Extended Mix)", "", ""};

    @Test
    void a_5000_track_rekordbox_collection_is_read_and_matched_against_5000_releases(@TempDir Path dir) throws IOException {
        Random random = new Random(42);
        List<Candidate> releases = releases(random, 5000);
        List<Long> intended = new ArrayList<>();
        Path xml = dir.resolve("collection.xml");
        writeCollection(xml, releases, random, intended);

        Clock read = new Clock();
        RekordboxLibrary library;
        try (InputStream in = Files.newInputStream(xml)) {
            library = RekordboxXmlReader.read(in);
        }
        read.stop();
        Clock indexing = new Clock();
        CandidateIndex index = new CandidateIndex(releases);
        indexing.stop();

        Ranking ranking = new Ranking(new Scorer());
        Clock lookups = new Clock();
        Clock scoring = new Clock();
        int right = 0;
        int ambiguous = 0;
        int scored = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < library.tracks().size(); i++) {
            lookups.start();
            NormalizedTrack track = NormalizedTrack.of(library.tracks().get(i));
            List<NormalizedCandidate> shortlist = index.shortlist(track, 25);
            lookups.stop();
            scoring.start();
            RankedCandidates ranked = ranking.rankNormalized(track, shortlist);
            scoring.stop();
            scored += shortlist.size();
            ambiguous += ranked.ambiguous() ? 1 : 0;
            if (ranked.best() != null && ranked.best().candidate().releaseId() == intended.get(i)) {
                right++;
            } else {
                misses.add("MISS " + library.tracks().get(i) + ", meant " + intended.get(i) + "\n"
                        + ScorerTableTest.describe(ranked));
            }
        }

        int n = library.tracks().size();
        System.out.printf("bulk: %,d bytes of XML, %d tracks, %d releases; ms wall (CPU): read %s, index %s, "
                        + "look-ups %s, scoring+ranking %s = %.2f (%.2f) ms a track for %.1f candidates; "
                        + "right release first: %d (%.1f %%), ambiguous: %d%n",
                Files.size(xml), n, releases.size(), read, indexing, lookups, scoring,
                scoring.wallNanos / 1e6 / n, scoring.cpuNanos / 1e6 / n, scored / (double) n,
                right, 100.0 * right / n, ambiguous);
        if (System.getProperty("bulk.misses") != null) {
            misses.forEach(System.out::println);
        }
        assertEquals(5000, library.tracks().size());
        assertEquals(5000, library.playlists().get(0).tracks().size());
        assertTrue(right >= 4900, "right release first for " + right + " of 5000");
        long cpuMillis = (read.cpuNanos + indexing.cpuNanos + lookups.cpuNanos + scoring.cpuNanos) / 1_000_000;
        assertTrue(cpuMillis < 30_000, "took " + cpuMillis + " ms of CPU");
    }

    /** Wall and CPU time of this thread: on a shared 2-core box only the CPU time means much. */
    private static final class Clock {
        private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
        private long wallStart;
        private long cpuStart;
        long wallNanos;
        long cpuNanos;

        Clock() {
            start();
        }

        void start() {
            wallStart = System.nanoTime();
            cpuStart = CPU.getCurrentThreadCpuTime();
        }

        void stop() {
            wallNanos += System.nanoTime() - wallStart;
            cpuNanos += CPU.getCurrentThreadCpuTime() - cpuStart;
        }

        @Override
        public String toString() {
            return wallNanos / 1_000_000 + " (" + cpuNanos / 1_000_000 + ")";
        }
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return s.toString();
    }

    private static List<Candidate> releases(Random random, int count) {
        List<Candidate> releases = new ArrayList<>();
        String[] artists = new String[1200];
        for (int i = 0; i < artists.length; i++) {
            artists[i] = words(random, 1 + random.nextInt(2)) + (random.nextInt(10) == 0 ? " (" + (2 + random.nextInt(5)) + ")" : "");
        }
        for (int i = 0; i < count; i++) {
            List<CandidateTrack> tracks = new ArrayList<>();
            int n = 2 + random.nextInt(9);
            for (int t = 0; t < n; t++) {
                String side = String.valueOf((char) ('A' + t / 3));
                tracks.add(new CandidateTrack(side + (t % 3 + 1), words(random, 2 + random.nextInt(2))));
            }
            boolean vinyl = random.nextInt(5) > 0;
            releases.add(new Candidate(100_000 + i, artists[random.nextInt(artists.length)], words(random, 2),
                    1970 + random.nextInt(55), List.of(words(random, 1).toUpperCase() + " " + random.nextInt(999)),
                    List.of(words(random, 1) + " Records"), List.of(), vinyl ? List.of("Vinyl", "LP") : List.of("CD"),
                    "UK", tracks, CandidateSource.MIRROR, false, false, null));
        }
        return releases;
    }

    /** One track from each release, with the noise real libraries have: suffixes, case, a typo, no album. */
    private static void writeCollection(Path xml, List<Candidate> releases, Random random, List<Long> intended)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(xml, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DJ_PLAYLISTS Version=\"1.0.0\">\n"
                    + "<PRODUCT Name=\"rekordbox\" Version=\"6.8.5\" Company=\"AlphaTheta\"/>\n<COLLECTION Entries=\"5000\">\n");
            for (int i = 0; i < 5000; i++) {
                Candidate release = releases.get(i);
                CandidateTrack track = release.tracks().get(random.nextInt(release.tracks().size()));
                String title = track.title() + NOISE[random.nextInt(NOISE.length)];
                if (random.nextInt(10) == 0) {
                    title = title.toLowerCase();
                }
                if (random.nextInt(10) == 0 && title.length() > 6) {
                    int at = 2 + random.nextInt(title.length() - 4);
                    title = title.substring(0, at) + title.substring(at + 1);
                }
                String artist = release.artist().replaceAll(" \\(\\d+\\)", "");
                String album = random.nextBoolean() ? release.title() : "";
                intended.add(release.releaseId());
                out.write("<TRACK TrackID=\"" + (i + 1) + "\" Name=\"" + escape(title) + "\" Artist=\"" + escape(artist)
                        + "\" Album=\"" + escape(album) + "\" Year=\"" + (random.nextBoolean() ? release.year() : 0)
                        + "\" Label=\"\" Location=\"file://localhost/Music/" + i + ".mp3\">"
                        + "<TEMPO Inizio=\"0.025\" Bpm=\"126.00\" Metro=\"4/4\" Battito=\"1\"/></TRACK>\n");
            }
            out.write("</COLLECTION>\n<PLAYLISTS><NODE Type=\"0\" Name=\"ROOT\" Count=\"1\">"
                    + "<NODE Name=\"All\" Type=\"1\" KeyType=\"0\" Entries=\"5000\">");
            for (int i = 1; i <= 5000; i++) {
                out.write("<TRACK Key=\"" + i + "\"/>");
            }
            out.write("</NODE></NODE></PLAYLISTS>\n</DJ_PLAYLISTS>\n");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
