package app.spindle.match;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Rekordbox collection export: {@code DJ_PLAYLISTS/COLLECTION/TRACK} (Name, Artist, Album, Year,
 * Label, Mix, TrackID, Location) and the {@code PLAYLISTS} tree, where a NODE of Type 0 is a folder
 * and of Type 1 a playlist whose {@code TRACK Key} is a TrackID (KeyType 0) or a Location (KeyType 1).
 * Read with StAX, DTDs and external entities off: an uploaded file must not make us read our own files.
 */
public final class RekordboxXmlReader {

    private static final Pattern COMMENT_CATNO = Pattern.compile("(?i)\\bcat(?:alog)?\\s*(?:#|no\\.?|number)[:\\s]*([^·|;/]+)");

    private static final String DISCOGS_PAGES = "https://www.discogs.com/";

    private RekordboxXmlReader() {
    }

    private record OpenPlaylist(String name, List<String> folders, boolean byLocation, List<String> keys) {
    }

    /** A NODE being read: a playlist, or a folder (pushed onto the folder path unless it is the ROOT). */
    private record Node(OpenPlaylist playlist, boolean folderPushed) {
    }

    public static RekordboxLibrary read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // problems become ImportExceptions; the parser must not also print them to stderr
        factory.setXMLReporter((message, type, info, location) -> { });
        List<DigitalTrack> tracks = new ArrayList<>();
        Map<String, DigitalTrack> byId = new HashMap<>();
        Map<String, DigitalTrack> byLocation = new HashMap<>();
        List<OpenPlaylist> playlists = new ArrayList<>();
        Deque<String> folders = new ArrayDeque<>();
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<String> elements = new ArrayDeque<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    // Rekordbox never writes one; a DOCTYPE in an upload is someone trying entity tricks
                    Location at = xml.getLocation();
                    throw ImportException.atLine(Math.max(1, at.getLineNumber()), "the XML file declares a DOCTYPE, "
                            + "which Rekordbox collection files never have; it was refused for safety.");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    String parent = elements.peek();
                    if (parent == null && !element.equals("DJ_PLAYLISTS")) {
                        throw new ImportException("This XML file is not a Rekordbox collection (it has no DJ_PLAYLISTS element). "
                                + "Export it in Rekordbox with File → Export Collection in xml format.");
                    }
                    if (element.equals("TRACK") && "COLLECTION".equals(parent)) {
                        DigitalTrack track = track(xml);
                        tracks.add(track);
                        byId.put(attribute(xml, "TrackID"), track);
                        byLocation.put(attribute(xml, "Location"), track);
                    } else if (element.equals("NODE")) {
                        Node node = node(xml, folders, "PLAYLISTS".equals(parent));
                        nodes.push(node);
                        if (node.playlist() != null) {
                            playlists.add(node.playlist());
                        }
                    } else if (element.equals("TRACK") && "NODE".equals(parent) && nodes.peek().playlist() != null) {
                        nodes.peek().playlist().keys().add(attribute(xml, "Key"));
                    }
                    elements.push(element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    elements.pop();
                    if (xml.getLocalName().equals("NODE")) {
                        if (nodes.pop().folderPushed()) {
                            folders.removeLast();
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(xml);
        }
        return new RekordboxLibrary(tracks, resolve(playlists, byId, byLocation));
    }

    private static DigitalTrack track(XMLStreamReader xml) {
        String name = attribute(xml, "Name");
        String artist = attribute(xml, "Artist");
        String mix = attribute(xml, "Mix");
        if (name.isBlank() && !attribute(xml, "Location").isBlank()) {
            ArtistTitle fromFile = FileNameTrack.parse(attribute(xml, "Location"));
            name = fromFile.title();
            artist = artist.isBlank() && fromFile.artist() != null ? fromFile.artist() : artist;
        }
        // Beatport-style tags keep the version apart: Name="Can You Feel It" Mix="Larry Heard Remix"
        if (!mix.isBlank() && !name.toLowerCase(Locale.ROOT).contains(mix.toLowerCase(Locale.ROOT))) {
            name = name + " (" + mix.strip() + ")";
        }
        return new DigitalTrack(artist, name, attribute(xml, "Album"), YearText.parse(attribute(xml, "Year")),
                catno(attribute(xml, "Comments")), attribute(xml, "Label"), null, null, "rekordbox TrackID " + attribute(xml, "TrackID"),
                location(attribute(xml, "Location")));
    }

    /** A file's path; Spindle's own export writes a record's Discogs page where it knows no file, which is none. */
    private static String location(String location) {
        return location.startsWith(DISCOGS_PAGES) ? null : FileLocation.ofUri(location);
    }

    /** Rekordbox has no catalog-number field; DJs (and Spindle's export) write "Cat# SK032" into the comment. */
    private static String catno(String comments) {
        Matcher m = COMMENT_CATNO.matcher(comments);
        return m.find() ? m.group(1).strip() : null;
    }

    private static Node node(XMLStreamReader xml, Deque<String> folders, boolean top) {
        String name = attribute(xml, "Name");
        if (attribute(xml, "Type").equals("1")) {
            boolean byLocation = attribute(xml, "KeyType").equals("1");
            return new Node(new OpenPlaylist(name, List.copyOf(folders), byLocation, new ArrayList<>()), false);
        }
        // the tree's top node (called ROOT) is no folder of the user's
        if (top) {
            return new Node(null, false);
        }
        folders.addLast(name);
        return new Node(null, true);
    }

    private static List<Playlist> resolve(List<OpenPlaylist> open, Map<String, DigitalTrack> byId,
                                          Map<String, DigitalTrack> byLocation) {
        List<Playlist> playlists = new ArrayList<>();
        for (OpenPlaylist p : open) {
            List<DigitalTrack> tracks = new ArrayList<>();
            for (String key : p.keys()) {
                // an entry whose track is missing from the collection is a stale reference: nothing to match
                DigitalTrack track = (p.byLocation() ? byLocation : byId).get(key);
                if (track != null) {
                    tracks.add(track);
                }
            }
            playlists.add(new Playlist(p.name(), p.folders(), tracks));
        }
        return playlists;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static ImportException malformed(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + 9).strip() : message.strip();
        String problem = reason.contains("UTF-8")
                ? "the file is not UTF-8 text as its XML declaration says (" + reason + ")"
                : "the XML is malformed: " + reason;
        Location location = e.getLocation();
        if (location != null && location.getLineNumber() > 0) {
            return ImportException.at(location.getLineNumber(), Math.max(1, location.getColumnNumber()), problem);
        }
        return new ImportException("The XML is malformed: " + reason);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; a failed close loses nothing
            }
        }
    }
}
