package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsIdentifier;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.discogs.model.DiscogsLabelCredit;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsTrack;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No release of the dump sample was captured from the API (their ids do not overlap), so each real
 * API document is written as the dump writes it and read back: what the dump carries must come out
 * exactly as the API gave it, and what only the API knows must be absent, not invented.
 */
class ApiAndDumpAgreeTest {
    private final DiscogsModels models = new DiscogsModels();

    @TestFactory
    Stream<DynamicTest> every_captured_api_release_reads_back_from_dump_xml_with_the_fields_the_dump_carries()
            throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/discogs/releases").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            DiscogsRelease api = models.release(Files.readString(file, StandardCharsets.UTF_8));
            DiscogsRelease fromDump = ReleaseXmlTest.readString(ReleaseXmlTest.write(List.of(new DumpRelease(api, false))))
                    .get(0).release();
            assertEquals(dumpView(api), fromDump);
        }));
    }

    /** The API document reduced to what a dump record holds. */
    static DiscogsRelease dumpView(DiscogsRelease r) {
        return new DiscogsRelease(r.id(), r.status(), r.year(), r.resourceUrl(), "https://www.discogs.com/release/" + r.id(),
                credits(r.artists()), null, labels(r.labels()), labels(r.series()), labels(r.companies()), r.formats(),
                r.dataQuality(), null, r.formatQuantity(), null, null, null, null, r.masterId(), r.masterUrl(), r.title(),
                empty(r.country()), r.released(), r.releasedFormatted(), empty(r.notes()),
                r.identifiers().stream().map(i -> new DiscogsIdentifier(i.type(), i.value(), empty(i.description()))).toList(),
                r.videos(), r.genres(), r.styles(), tracks(r.tracklist()), credits(r.extraartists()),
                r.images().stream().map(i -> new DiscogsImage(i.type(), "", "", "", i.width(), i.height())).toList(),
                null, null, null);
    }

    private static List<DiscogsTrack> tracks(List<DiscogsTrack> tracks) {
        return tracks.stream().map(t -> new DiscogsTrack(t.position(), t.type(), t.title(), t.duration(),
                credits(t.artists()), credits(t.extraartists()), tracks(t.subTracks()))).toList();
    }

    private static List<DiscogsArtistCredit> credits(List<DiscogsArtistCredit> credits) {
        return credits.stream().map(a -> new DiscogsArtistCredit(a.id(), a.name(), a.anv(), a.join(), a.role(), a.tracks(),
                a.resourceUrl(), null)).toList();
    }

    private static List<DiscogsLabelCredit> labels(List<DiscogsLabelCredit> labels) {
        return labels.stream().map(l -> new DiscogsLabelCredit(l.id(), l.name(), l.catno(), l.entityType(),
                l.entityTypeName(), l.resourceUrl(), null)).toList();
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
