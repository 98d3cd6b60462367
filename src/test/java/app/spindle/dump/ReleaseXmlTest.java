package app.spindle.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsFormat;
import app.spindle.discogs.model.DiscogsIdentifier;
import app.spindle.discogs.model.DiscogsLabelCredit;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsTrack;
import app.spindle.discogs.model.ImageType;
import app.spindle.discogs.model.TrackType;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseXmlTest {

    @Test
    void every_release_of_the_sample_reads_into_the_api_model() {
        List<DumpRelease> all = DumpSamples.read(DumpSamples.releases());
        assertEquals(1000, all.size());
        for (DumpRelease d : all) {
            DiscogsRelease r = d.release();
            assertTrue(r.id() > 0);
            assertFalse(r.title().isEmpty(), "release " + r.id() + " has a title");
            assertFalse(r.artists().isEmpty(), "release " + r.id() + " has artists");
            assertEquals("https://api.discogs.com/releases/" + r.id(), r.resourceUrl());
            assertEquals(r.masterId() == null ? null : "https://api.discogs.com/masters/" + r.masterId(), r.masterUrl());
            assertTrue(r.year() == 0 || r.released().startsWith(String.valueOf(r.year())));
        }
        assertEquals(615, all.stream().filter(d -> d.release().hasMaster()).count(), "615 releases carry a master_id");
        assertTrue(all.stream().anyMatch(d -> d.release().tracklist().stream().anyMatch(DiscogsTrack::isIndex)));
        assertTrue(all.stream().anyMatch(d -> d.release().tracklist().stream().anyMatch(DiscogsTrack::isHeading)));
    }

    @Test
    void release_1_stockholm_reads_field_by_field() {
        DiscogsRelease r = DumpSamples.read(DumpSamples.releases()).get(0).release();
        assertEquals(1, r.id());
        assertEquals("Accepted", r.status());
        assertEquals("Stockholm", r.title());
        assertEquals(List.of(new DiscogsArtistCredit(1, "The Persuader", "", "", "", "",
                "https://api.discogs.com/artists/1", null)), r.artists());
        assertEquals(List.of(new DiscogsLabelCredit(5, "Svek", "SK032", "1", "Label", "https://api.discogs.com/labels/5",
                null)), r.labels());
        assertEquals("Jesper Dahlbäck", r.extraartists().get(0).name());
        assertEquals("Music By [All Tracks By]", r.extraartists().get(0).role());
        assertEquals(List.of(new DiscogsFormat("Vinyl", "2", List.of("12\"", "33 ⅓ RPM"), null)), r.formats());
        assertEquals(2, r.formatQuantity());
        assertEquals(List.of("Electronic"), r.genres());
        assertEquals(List.of("Deep House"), r.styles());
        assertEquals("Sweden", r.country());
        assertEquals("1999-03-00", r.released());
        assertEquals("Mar 1999", r.releasedFormatted());
        assertEquals(1999, r.year());
        assertTrue(r.notes().startsWith("The song titles are the names of six of Stockholm's 82 districts."));
        assertEquals("Needs Vote", r.dataQuality());
        assertEquals(1660109L, r.masterId());
        assertTrue(DumpSamples.read(DumpSamples.releases()).get(0).mainRelease());
        assertEquals(List.of("A", "B1", "B2", "C1", "C2", "D"), r.tracklist().stream().map(DiscogsTrack::position).toList());
        assertEquals(new DiscogsTrack("A", TrackType.TRACK, "Östermalm", "4:45", List.of(), List.of(), List.of()), r.tracklist().get(0));
        assertEquals(new DiscogsIdentifier("Matrix / Runout", "MPO SK 032 A1", "A-Side Runout"), r.identifiers().get(0));
        assertEquals(5, r.identifiers().size());
        assertEquals(6, r.videos().size());
        assertEquals("https://www.youtube.com/watch?v=MpmbntGDyNE", r.videos().get(0).uri());
        assertEquals(296, r.videos().get(0).duration());
        assertTrue(r.videos().get(0).description().contains("\r\n"), "&#13; survives as a carriage return");
        assertEquals(new DiscogsLabelCredit(271046, "The Globe Studios", "", "23", "Recorded At",
                "https://api.discogs.com/labels/271046", null), r.companies().get(0));
        assertEquals(4, r.images().size());
        assertEquals(ImageType.PRIMARY, r.images().get(0).type());
        assertEquals("", r.images().get(0).uri(), "the dump carries no image URLs");
        assertNull(r.community());
        assertNull(r.thumb());
    }

    @Test
    void the_sample_round_trips_through_the_dump_writer() {
        List<DumpRelease> all = DumpSamples.read(DumpSamples.releases());
        List<DumpRelease> again = readString(write(all));
        // the digest is of the XML as written, which our writer spells differently from Discogs'
        assertEquals(all.stream().map(d -> new DumpRelease(d.release(), d.mainRelease())).toList(),
                again.stream().map(d -> new DumpRelease(d.release(), d.mainRelease())).toList());
    }

    @Test
    void dump_drift_missing_images_empty_master_id_unknown_elements_sub_tracks_and_series_still_read() {
        String xml = """
                <releases>
                <export_info generated="2026-02-01"/>
                <release id="42" status="Accepted"><artists><artist><id>7</id><name>A</name><anv/><join/><role/><tracks/>\
                <sparkle>new</sparkle></artist></artists><title>Drift</title><labels><label name="L" catno="C 1" id="9"/></labels>\
                <series><series name="S" catno="3" id="11"/></series><formats><format name="Vinyl" qty="1" text="">\
                <descriptions><description>LP</description></descriptions><weight>180</weight></format></formats>\
                <master_id is_main_release="false"></master_id><future_field><deep>x</deep></future_field>\
                <tracklist><track><position/><title>Suite</title><duration/><sub_tracks><track><position>1a</position>\
                <title>Part</title><duration>1:00</duration></track></sub_tracks></track>\
                <track><position>2</position><title>Song</title><duration>3:00</duration><bpm>120</bpm></track></tracklist>\
                </release>
                <release id="43"><title>Bare</title><master_id/></release>
                </releases>
                """;
        List<DumpRelease> read = readString(xml);
        assertEquals(2, read.size());
        DiscogsRelease r = read.get(0).release();
        assertEquals(List.of(), r.images());
        assertNull(r.masterId());
        assertFalse(read.get(0).mainRelease());
        assertEquals("A", r.artists().get(0).name());
        assertEquals(List.of(new DiscogsLabelCredit(11, "S", "3", "2", "Series", "https://api.discogs.com/labels/11", null)),
                r.series());
        assertEquals(new DiscogsFormat("Vinyl", "1", List.of("LP"), null), r.formats().get(0));
        DiscogsTrack suite = r.tracklist().get(0);
        assertEquals(TrackType.INDEX, suite.type());
        assertEquals(List.of(new DiscogsTrack("1a", TrackType.TRACK, "Part", "1:00", List.of(), List.of(), List.of())), suite.subTracks());
        assertEquals(TrackType.TRACK, r.tracklist().get(1).type());
        DiscogsRelease bare = read.get(1).release();
        assertEquals("Bare", bare.title());
        assertNull(bare.status());
        assertNull(bare.masterId());
        assertEquals(0, bare.year());
        assertEquals(List.of(), bare.tracklist());
    }

    static String write(List<DumpRelease> releases) {
        StringWriter out = new StringWriter();
        ReleaseXmlWriter writer = new ReleaseXmlWriter(out);
        writer.begin();
        releases.forEach(d -> writer.write(d.release(), d.mainRelease()));
        writer.end();
        return out.toString();
    }

    static List<DumpRelease> readString(String xml) {
        List<DumpRelease> all = new java.util.ArrayList<>();
        try (DumpReader reader = new DumpReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                DumpKind.RELEASES, "test.xml")) {
            while (reader.next()) {
                all.add(reader.release());
            }
        }
        return all;
    }
}
