package app.spindle.playlists;

import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A Rekordbox collection file as Rekordbox itself writes one (File → Export Collection in xml format):
 * {@code DJ_PLAYLISTS Version="1.0.0"} holding {@code PRODUCT}, a {@code COLLECTION} of {@code TRACK}s with
 * TrackID, Name, Artist, Album, Year, Label, Comments and Location, and {@code PLAYLISTS} with a
 * {@code NODE Type="0" Name="ROOT"} over one {@code NODE Type="1" KeyType="0"} per playlist whose
 * {@code TRACK Key}s are TrackIDs. A track in several playlists is one TRACK of the collection. The
 * comment tells the DJ which record, which side: "Side A, A2 · Svek Cat# SK032 · 1999".
 */
public final class RekordboxXmlWriter {
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^[a-z][a-z0-9+.-]+://.*");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:/.*");
    private static final String VERSION = RekordboxXmlWriter.class.getPackage().getImplementationVersion();

    private RekordboxXmlWriter() {
    }

    public static void write(List<ExportPlaylist> playlists, OutputStream out) {
        Map<PlaylistTrack, Integer> ids = new LinkedHashMap<>();
        playlists.forEach(p -> p.tracks().forEach(t -> ids.putIfAbsent(t, ids.size() + 1)));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("DJ_PLAYLISTS");
            xml.writeAttribute("Version", "1.0.0");
            line(xml, 1);
            xml.writeEmptyElement("PRODUCT");
            xml.writeAttribute("Name", "Spindle");
            xml.writeAttribute("Version", VERSION == null ? "dev" : VERSION);
            xml.writeAttribute("Company", "Spindle");
            line(xml, 1);
            xml.writeStartElement("COLLECTION");
            xml.writeAttribute("Entries", String.valueOf(ids.size()));
            for (Map.Entry<PlaylistTrack, Integer> e : ids.entrySet()) {
                line(xml, 2);
                track(xml, e.getKey(), e.getValue());
            }
            line(xml, 1);
            xml.writeEndElement();
            line(xml, 1);
            xml.writeStartElement("PLAYLISTS");
            line(xml, 2);
            xml.writeStartElement("NODE");
            xml.writeAttribute("Type", "0");
            xml.writeAttribute("Name", "ROOT");
            xml.writeAttribute("Count", String.valueOf(playlists.size()));
            for (ExportPlaylist p : playlists) {
                line(xml, 3);
                xml.writeStartElement("NODE");
                xml.writeAttribute("Name", p.name());
                xml.writeAttribute("Type", "1");
                xml.writeAttribute("KeyType", "0");
                xml.writeAttribute("Entries", String.valueOf(p.tracks().size()));
                for (PlaylistTrack t : p.tracks()) {
                    line(xml, 4);
                    xml.writeEmptyElement("TRACK");
                    xml.writeAttribute("Key", String.valueOf(ids.get(t)));
                }
                line(xml, 3);
                xml.writeEndElement();
            }
            line(xml, 2);
            xml.writeEndElement();
            line(xml, 1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Rekordbox XML", e);
        }
    }

    private static void track(XMLStreamWriter xml, PlaylistTrack t, int id) throws XMLStreamException {
        xml.writeEmptyElement("TRACK");
        xml.writeAttribute("TrackID", String.valueOf(id));
        xml.writeAttribute("Name", text(t.title()));
        xml.writeAttribute("Artist", text(t.artist()));
        xml.writeAttribute("Album", text(t.releaseTitle()));
        xml.writeAttribute("Year", t.year() == null || t.year() <= 0 ? "" : String.valueOf(t.year()));
        xml.writeAttribute("Label", text(t.label()));
        xml.writeAttribute("Comments", t.comment());
        xml.writeAttribute("Location", location(t));
    }

    /**
     * Rekordbox's form of a file: "file://localhost/Users/dj/Music/a%20b.mp3", "file://localhost/C:/Music/a.mp3"
     * (slashes, the drive first); a web address as it is; a relative path (an M3U's "Music/a.mp3") encoded but
     * left relative, since the folder it was relative to is not known; a record without a file: its Discogs page.
     */
    static String location(PlaylistTrack t) {
        String file = t.file();
        if (file == null) {
            return t.discogsUrl();
        }
        if (WEB_ADDRESS.matcher(file).matches()) {
            return file;
        }
        String path = file.replace('\\', '/');
        boolean absolute = path.startsWith("/") || DRIVE.matcher(path).matches();
        try {
            if (absolute) {
                return new URI("file", "localhost", path.startsWith("/") ? path : "/" + path, null).toASCIIString();
            }
            return new URI(null, null, "/" + path, null).toASCIIString().substring(1);
        } catch (URISyntaxException e) {
            return file;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
