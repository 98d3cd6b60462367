package app.spindle.dump;

import app.spindle.discogs.model.DiscogsArtist;
import app.spindle.discogs.model.DiscogsEntityRef;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.discogs.model.DiscogsLabel;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * An {@code <artist>} or {@code <label>} of a dump read into the API's model, so that its page reads the
 * same whether the document came from the dump or from {@code /artists/{id}}. Dumps have no image URLs,
 * and some list sub-labels as empty {@code <label/>} elements: those are left out.
 */
final class EntityDocuments {
    private EntityDocuments() {
    }

    static DiscogsArtist artist(XmlCursor c) throws XMLStreamException {
        long id = 0;
        String name = null;
        String realname = null;
        String profile = null;
        String quality = null;
        List<String> urls = List.of();
        List<String> variations = List.of();
        List<DiscogsEntityRef> aliases = List.of();
        List<DiscogsEntityRef> members = List.of();
        List<DiscogsEntityRef> groups = List.of();
        while (c.nextChild()) {
            switch (c.name()) {
                case "id" -> id = ReleaseXml.number(c.text());
                case "name" -> name = c.text();
                case "realname" -> realname = ReleaseXml.emptyToNull(c.text());
                case "profile" -> profile = ReleaseXml.emptyToNull(c.text());
                case "data_quality" -> quality = c.text();
                case "urls" -> urls = texts(c);
                case "namevariations" -> variations = texts(c);
                case "aliases" -> aliases = references(c, "artists");
                case "members" -> members = references(c, "artists");
                case "groups" -> groups = references(c, "artists");
                default -> c.skip();
            }
        }
        return new DiscogsArtist(id, name, realname, profile, null, ReleaseXml.API + "/artists/" + id,
                ReleaseXml.API + "/artists/" + id + "/releases", quality, urls, variations, List.<DiscogsImage>of(),
                aliases, members, groups);
    }

    static DiscogsLabel label(XmlCursor c) throws XMLStreamException {
        long id = 0;
        String name = null;
        String profile = null;
        String contact = null;
        String quality = null;
        List<String> urls = List.of();
        List<DiscogsEntityRef> sublabels = List.of();
        DiscogsEntityRef parent = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "id" -> id = ReleaseXml.number(c.text());
                case "name" -> name = c.text();
                case "profile" -> profile = ReleaseXml.emptyToNull(c.text());
                case "contactinfo" -> contact = ReleaseXml.emptyToNull(c.text());
                case "data_quality" -> quality = c.text();
                case "urls" -> urls = texts(c);
                case "sublabels" -> sublabels = references(c, "labels");
                case "parentLabel" -> {
                    long parentId = ReleaseXml.number(c.attr("id"));
                    String parentName = c.text();
                    parent = parentId > 0 ? reference("labels", parentId, parentName) : null;
                }
                default -> c.skip();
            }
        }
        return new DiscogsLabel(id, name, profile, contact, null, ReleaseXml.API + "/labels/" + id,
                ReleaseXml.API + "/labels/" + id + "/releases", quality, urls, List.<DiscogsImage>of(), sublabels, parent);
    }

    private static List<String> texts(XmlCursor c) throws XMLStreamException {
        List<String> texts = new ArrayList<>();
        while (c.nextChild()) {
            String text = c.text();
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** {@code <name id="26">Alexi Delano</name>} or {@code <label id="…">…</label>}; members also repeat a bare {@code <id>}. */
    private static List<DiscogsEntityRef> references(XmlCursor c, String kind) throws XMLStreamException {
        List<DiscogsEntityRef> refs = new ArrayList<>();
        while (c.nextChild()) {
            String attribute = c.attr("id");
            if (c.name().equals("id") || attribute == null) {
                c.skip();
                continue;
            }
            long id = ReleaseXml.number(attribute);
            String name = c.text();
            if (id > 0 && !name.isBlank()) {
                refs.add(reference(kind, id, name));
            }
        }
        return refs;
    }

    private static DiscogsEntityRef reference(String kind, long id, String name) {
        return new DiscogsEntityRef(id, name, ReleaseXml.API + "/" + kind + "/" + id, null, null);
    }
}
