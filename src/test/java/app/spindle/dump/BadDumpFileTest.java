package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.Database;
import app.spindle.mirror.Mirror;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong and damaged files: a sentence that says what is wrong, and never part of a release in the mirror. */
class BadDumpFileTest {
    static final String NAME = "discogs_20200806_releases.xml.gz";

    @TempDir
    Path dir;
    Mirror mirror;

    @BeforeEach
    void open() {
        mirror = new Mirror(Database.open(dir), DumpImporterTest.CLOCK);
    }

    ImportResult importFile(Path file) {
        return new DumpImporter(mirror, DumpImporterTest.CLOCK).importReleases(DumpFile.of(file), ImportMode.ALL,
                new ImportProgress(DumpImporterTest.CLOCK), () -> false);
    }

    static byte[] sampleXml() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DumpSamples.releases()))) {
            return in.readAllBytes();
        }
    }

    static byte[] gzip(byte[] xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(xml);
        }
        return out.toByteArray();
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("files"));
        return Files.write(sub.resolve(name), bytes);
    }

    /** Every stored release is whole: as many tracks as the sample says. */
    void everyStoredReleaseIsWhole() {
        var expected = new java.util.HashMap<Long, Long>();
        DumpSamples.read(DumpSamples.releases()).forEach(d ->
                expected.put(d.release().id(), TrackCount.flattened(d.release().tracklist())));
        List<long[]> stored = mirror.jdbi().withHandle(h -> h.createQuery(
                "SELECT r.id, (SELECT count(*) FROM tracks t WHERE t.release_id = r.id) FROM releases r")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        for (long[] row : stored) {
            assertEquals(expected.get(row[0]), row[1], "release " + row[0] + " is whole");
        }
        long checkpoint = mirror.jdbi().onDemand(ImportRuns.class).newest().orElseThrow().imported();
        assertEquals(checkpoint, stored.size(), "the checkpoint counts what is stored");
    }

    @Test
    void a_truncated_gzip_stream_is_a_clear_error_and_leaves_only_whole_releases() throws IOException {
        byte[] whole = Files.readAllBytes(DumpSamples.releases());
        ImportResult result = importFile(file(NAME, Arrays.copyOf(whole, whole.length * 3 / 5)));
        assertEquals(ImportResult.Outcome.FAILED, result.outcome());
        assertTrue(result.error().contains("ends in the middle (truncated gzip stream"), result.error());
        assertTrue(result.error().contains("download it again"));
        everyStoredReleaseIsWhole();
    }

    @Test
    void xml_cut_off_inside_a_release_is_a_truncated_file() throws IOException {
        byte[] xml = sampleXml();
        ImportResult result = importFile(file(NAME, gzip(Arrays.copyOf(xml, xml.length / 2))));
        assertEquals(ImportResult.Outcome.FAILED, result.outcome());
        assertTrue(result.error().contains("the file is truncated"), result.error());
        everyStoredReleaseIsWhole();
    }

    @Test
    void malformed_xml_names_the_line_and_the_release_and_nothing_half_written_remains() throws IOException {
        String xml = new String(sampleXml(), StandardCharsets.UTF_8);
        int at = xml.indexOf("<release id=\"14220496\"");
        String broken = xml.substring(0, at) + xml.substring(at).replaceFirst("<title>", "<title><oops>");
        ImportResult result = importFile(file(NAME, gzip(broken.getBytes(StandardCharsets.UTF_8))));
        assertEquals(ImportResult.Outcome.FAILED, result.outcome());
        assertTrue(result.error().contains("is not well-formed XML at line"), result.error());
        assertTrue(result.error().contains("release"), result.error());
        everyStoredReleaseIsWhole();
    }

    @Test
    void a_file_that_is_not_gzip_is_refused_before_anything_is_written() throws IOException {
        ImportResult result = importFile(file(NAME, sampleXml()));
        assertEquals(ImportResult.Outcome.FAILED, result.outcome());
        assertTrue(result.error().contains("is not a gzip file"), result.error());
        assertEquals(0L, (long) mirror.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM releases").mapTo(Long.class).one()));
    }

    @Test
    void a_masters_dump_under_a_releases_name_is_not_a_releases_dump() throws IOException {
        ImportResult result = importFile(file(NAME, Files.readAllBytes(DumpSamples.file("discogs_20200806_masters.xml.gz"))));
        assertEquals(ImportResult.Outcome.FAILED, result.outcome());
        assertTrue(result.error().contains("holds <masters>, not the <releases> of a releases dump"), result.error());
    }

    @Test
    void a_file_not_named_like_a_dump_or_missing_says_so() throws IOException {
        DumpException badName = assertThrows(DumpException.class, () -> DumpFile.of(file("releases.xml.gz", new byte[10])));
        assertEquals(DumpException.Problem.BAD_NAME, badName.problem());
        DumpException missing = assertThrows(DumpException.class, () -> DumpFile.of(dir.resolve(NAME)));
        assertTrue(missing.getMessage().startsWith("there is no file"));
    }

    @Test
    void random_bytes_are_not_a_dump() throws IOException {
        ImportResult result = importFile(file(NAME, gzip("%PDF-1.4 not xml at all".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(ImportResult.Outcome.FAILED, result.outcome());
        assertTrue(result.error().contains("not well-formed XML") || result.error().contains("is empty"), result.error());
    }
}
